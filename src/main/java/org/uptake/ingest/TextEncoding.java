package org.uptake.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells a text export's encoding from its first bytes, and a binary file from a text file with a
 * few damaged rows: the damaged rows are quarantined at import, a binary file is refused.
 */
final class TextEncoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {
    }

    static Charset of(byte[] sample, String name, boolean cut) {
        if (sample.length >= 2 && ((sample[0] & 0xff) == 0xFE && (sample[1] & 0xff) == 0xFF
                || (sample[0] & 0xff) == 0xFF && (sample[1] & 0xff) == 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        int zeros = 0;
        int lines = 1;
        int linesWithZero = 0;
        boolean zeroInLine = false;
        for (byte b : sample) {
            if (b == 0) {
                zeros++;
                zeroInLine = true;
            } else if (b == '\n') {
                lines++;
                linesWithZero += zeroInLine ? 1 : 0;
                zeroInLine = false;
            }
        }
        linesWithZero += zeroInLine ? 1 : 0;
        // One row with a NUL byte is a damaged row; zeros all over are a binary file (or UTF-16 without a BOM).
        if (zeros * 20 > sample.length || linesWithZero * 2 > lines) {
            throw new ImportProblem(name + " looks like a binary file, not a text export (it contains " + zeros
                    + " zero bytes in its first " + Math.max(1, sample.length / 1024) + " KB). Export CSV, JSON Lines or a zip/gzip of them.");
        }
        int[] utf8 = scanUtf8(sample, cut);
        int malformed = utf8[0];
        int multibyte = utf8[1];
        // A real Windows-1252 file almost never holds a valid UTF-8 multi-byte sequence; a UTF-8 file with a bad row does.
        if (malformed == 0 || multibyte > 0) {
            return StandardCharsets.UTF_8;
        }
        if (decodes(sample, WINDOWS_1252) && !hasControlCharacters(sample)) {
            return WINDOWS_1252;
        }
        throw new ImportProblem(name + " is in an encoding Uptake cannot recognise (it is neither UTF-8 nor Windows-1252)."
                + " Save it as UTF-8 and import it again.");
    }

    /** {malformed sequences, valid multi-byte characters}; a sequence cut by the end of a sample does not count. */
    private static int[] scanUtf8(byte[] sample, boolean cut) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(sample.length + 1);
        int malformed = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow() || result.isOverflow()) {
                break;
            }
            if (!(cut && in.position() >= sample.length - 3)) {
                malformed++;
            }
            in.position(Math.min(sample.length, in.position() + result.length()));
        }
        out.flip();
        int multibyte = 0;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) > 0x7F) {
                multibyte++;
            }
        }
        return new int[] {malformed, multibyte};
    }

    private static boolean decodes(byte[] sample, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(sample));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Control characters other than tab, line ends and NUL (a NUL row is quarantined, not a sign of another encoding). */
    private static boolean hasControlCharacters(byte[] sample) {
        for (byte b : sample) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0) {
                return true;
            }
        }
        return false;
    }

    static String decode(byte[] sample, Charset charset) {
        String text = new String(sample, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
