package org.uptake.ingest;

/** How a file is packed, recognised by its first bytes rather than its name. */
public enum Compression {
    NONE,
    GZIP,
    ZIP;

    static Compression of(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ZIP;
        }
        return NONE;
    }
}
