package org.uptake.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens a file's text whatever its packing: plain, gzip, or a zip of (possibly gzipped) files read
 * one after another, as an Amplitude export is. A byte-order mark is skipped.
 */
final class TextSource {

    private TextSource() {
    }

    static InputStream bytes(Path file, Compression compression) throws IOException {
        return bytes(file, compression, new java.util.concurrent.atomic.AtomicLong());
    }

    /** The file's unpacked bytes; {@code position} follows how far into the file on disk reading has got. */
    static InputStream bytes(Path file, Compression compression, java.util.concurrent.atomic.AtomicLong position) throws IOException {
        InputStream counted = new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    position.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    position.addAndGet(n);
                }
                return n;
            }
        };
        InputStream raw = new BufferedInputStream(counted, 1 << 16);
        return switch (compression) {
            case NONE -> raw;
            case GZIP -> new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
            case ZIP -> new BufferedInputStream(new ZipEntries(new ZipInputStream(raw)), 1 << 16);
        };
    }

    static BufferedReader reader(Path file, Compression compression, Charset charset) throws IOException {
        return reader(file, compression, charset, new java.util.concurrent.atomic.AtomicLong());
    }

    static BufferedReader reader(Path file, Compression compression, Charset charset,
            java.util.concurrent.atomic.AtomicLong position) throws IOException {
        InputStream in = bytes(file, compression, position);
        skipBom(in, charset);
        Reader reader = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        return new BufferedReader(reader, 1 << 16);
    }

    private static void skipBom(InputStream in, Charset charset) throws IOException {
        in.mark(4);
        int a = in.read();
        int b = in.read();
        int c = in.read();
        boolean utf8Bom = a == 0xEF && b == 0xBB && c == 0xBF;
        boolean utf16Bom = a == 0xFE && b == 0xFF || a == 0xFF && b == 0xFE;
        in.reset();
        if (utf8Bom && charset.name().equals("UTF-8")) {
            in.skip(3);
        } else if (utf16Bom && charset.name().startsWith("UTF-16")) {
            // UTF-16 decoders consume their own byte-order mark.
            return;
        }
    }

    /** The entries of a zip as one stream; gzipped entries are unpacked, each entry ends with a newline. */
    private static final class ZipEntries extends InputStream {
        private final ZipInputStream zip;
        private InputStream current;
        private boolean pendingNewline;

        ZipEntries(ZipInputStream zip) {
            this.zip = zip;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            while (true) {
                if (current == null && !nextEntry()) {
                    return -1;
                }
                int n = current.read(buffer, offset, length);
                if (n > 0) {
                    pendingNewline = buffer[offset + n - 1] != '\n';
                    return n;
                }
                current = null;
                if (pendingNewline) {
                    pendingNewline = false;
                    buffer[offset] = '\n';
                    return 1;
                }
            }
        }

        private boolean nextEntry() throws IOException {
            ZipEntry entry;
            do {
                entry = zip.getNextEntry();
            } while (entry != null && (entry.isDirectory() || entry.getName().startsWith("__MACOSX")));
            if (entry == null) {
                return false;
            }
            InputStream body = new FilterInputStream(zip) {
                @Override
                public void close() {
                    // Closing an entry must not close the zip.
                }
            };
            current = entry.getName().endsWith(".gz") ? new GZIPInputStream(body, 1 << 16) : body;
            return true;
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
