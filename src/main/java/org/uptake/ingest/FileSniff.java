package org.uptake.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * What a dropped file turned out to be, from its name and first bytes: packing, encoding, line
 * endings, layout, delimiter, kind and dialect, with its header and first rows for a preview.
 * The analyst confirms or changes kind and dialect before anything is imported. {@code entry} names
 * the one zip entry this sniff reads when a zip holds several tables (null: the whole file);
 * {@code recognition} how sure the sniffer is of the kind (the analyst's choice counts as recognised).
 */
public record FileSniff(
        Path file,
        long sizeBytes,
        Compression compression,
        Charset charset,
        boolean byteOrderMark,
        boolean crlf,
        Layout layout,
        char delimiter,
        SourceKind kind,
        Dialect dialect,
        List<String> header,
        List<List<String>> previewRows,
        String entry,
        Recognition.Level recognition) {

    public FileSniff {
        header = List.copyOf(header);
        previewRows = List.copyOf(previewRows);
        recognition = recognition == null ? Recognition.Level.RECOGNISED : recognition;
    }

    /** A file whose kind is certain (JSON dialects, Markdown, a kind the analyst chose). */
    public FileSniff(Path file, long sizeBytes, Compression compression, Charset charset, boolean byteOrderMark, boolean crlf,
            Layout layout, char delimiter, SourceKind kind, Dialect dialect, List<String> header, List<List<String>> previewRows,
            String entry) {
        this(file, sizeBytes, compression, charset, byteOrderMark, crlf, layout, delimiter, kind, dialect, header, previewRows,
                entry, Recognition.Level.RECOGNISED);
    }

    /** The kind and dialect the analyst chose (or remembered for this source): no longer a guess. */
    public FileSniff withKind(SourceKind newKind, Dialect newDialect) {
        return new FileSniff(file, sizeBytes, compression, charset, byteOrderMark, crlf, layout, delimiter, newKind,
                newDialect, header, previewRows, entry);
    }

    /** What the wizard and the CLI say the file holds, with the sniffer's confidence. */
    public String recognisedAs() {
        return new Recognition(kind, recognition).describe(dialect);
    }

    /** The file's name, with the zip entry when it is one table of several, e.g. "export.zip/people.csv". */
    public String displayName() {
        return file.getFileName() + (entry == null ? "" : "/" + entry);
    }

    /** A one-line description for the wizard and the CLI, e.g. "CSV (comma), UTF-8 with BOM, CRLF, gzip". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(switch (layout) {
            case DELIMITED -> delimiter == '\t' ? "TSV" : "CSV (" + delimiterName() + ")";
            case JSON_LINES -> "JSON Lines";
            case JSON_ARRAY -> "JSON array";
            case JSON_BATCH -> "JSON batch";
            case MARKDOWN -> "Markdown";
        });
        text.append(", ").append(charset.name()).append(byteOrderMark ? " with BOM" : "");
        text.append(crlf ? ", CRLF" : "");
        if (compression != Compression.NONE) {
            text.append(", ").append(compression.name().toLowerCase());
        }
        return text.toString();
    }

    private String delimiterName() {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
    }
}
