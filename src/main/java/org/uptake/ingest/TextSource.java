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
 * one after another, as an Amplitude export is, or one entry of a zip. A byte-order mark is skipped.
 * Bytes that are not text in the file's encoding read as {@link #UNREADABLE}, so the one record
 * holding them is quarantined instead of the whole file failing.
 */
final class TextSource {

    /** What an undecodable byte reads as: a noncharacter, which no export writes. */
    static final char UNREADABLE = '\uFFFF';

    private TextSource() {
    }

    static InputStream bytes(Path file, Compression compression) throws IOException {
        return bytes(file, compression, null, new java.util.concurrent.atomic.AtomicLong());
    }

    /** The names of a zip's files, in order (folders and macOS resource forks left out). */
    static java.util.List<String> zipEntries(Path file) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (ZipEntries.readable(e)) {
                    names.add(e.getName());
                }
            }
        }
        return names;
    }

    /**
     * The file's unpacked bytes (of one zip entry when {@code entry} is given); {@code position}
     * follows how far into the file on disk reading has got.
     */
    static InputStream bytes(Path file, Compression compression, String entry, java.util.concurrent.atomic.AtomicLong position)
            throws IOException {
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
            case ZIP -> new BufferedInputStream(new ZipEntries(new ZipInputStream(raw), entry), 1 << 16);
        };
    }

    static BufferedReader reader(FileSniff sniff) throws IOException {
        return reader(sniff, new java.util.concurrent.atomic.AtomicLong());
    }

    static BufferedReader reader(FileSniff sniff, java.util.concurrent.atomic.AtomicLong position) throws IOException {
        InputStream in = bytes(sniff.file(), sniff.compression(), sniff.entry(), position);
        skipBom(in, sniff.charset());
        Reader reader = new InputStreamReader(in, sniff.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(UNREADABLE)));
        return new BufferedReader(reader, 1 << 16);
    }

    /** Why a record's text cannot be imported as it stands (a NUL byte, undecodable bytes), or null. */
    static String unreadable(String text, Charset charset) {
        if (text.indexOf('\u0000') >= 0) {
            return "contains a NUL byte (binary data, not text)";
        }
        if (text.indexOf(UNREADABLE) >= 0) {
            return "is not valid " + charset.name() + " text";
        }
        return null;
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

    /** The entries of a zip (or only the one named) as one stream; gzipped entries are unpacked, each entry ends with a newline. */
    private static final class ZipEntries extends InputStream {
        private final ZipInputStream zip;
        private final String only;
        private InputStream current;
        private boolean pendingNewline;
        private boolean done;

        ZipEntries(ZipInputStream zip, String only) {
            this.zip = zip;
            this.only = only;
        }

        static boolean readable(ZipEntry entry) {
            return !entry.isDirectory() && !entry.getName().startsWith("__MACOSX");
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
            if (done) {
                return false;
            }
            ZipEntry entry;
            do {
                entry = zip.getNextEntry();
            } while (entry != null && (!readable(entry) || only != null && !only.equals(entry.getName())));
            if (entry == null) {
                return false;
            }
            done = only != null;
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
