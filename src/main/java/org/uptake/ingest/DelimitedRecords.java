package org.uptake.ingest;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a CSV/TSV file record by record with each record's raw text and first line number (for
 * quarantine). A record that cannot be taken as it stands (a NUL byte, bytes that are not text, an
 * unclosed quote that swallowed the rows after it) is handed over with the reason instead of values.
 */
final class DelimitedRecords {

    /** The most fields a row may have; the sniffer refuses a header wider than {@link Sniffer#MAX_COLUMNS}. */
    static final int MAX_FIELDS = 4096;

    /** Receives each data record (the header is skipped): its values, or null and why it cannot be read. */
    @FunctionalInterface
    interface Handler {
        void record(long line, String raw, String[] values, String problem);
    }

    private DelimitedRecords() {
    }

    static void read(FileSniff sniff, Handler handler, java.util.function.BooleanSupplier cancelled,
            java.util.concurrent.atomic.AtomicLong position) throws IOException {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(sniff.delimiter());
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setHeaderExtractionEnabled(false);
        // No cap on a cell: a cell too long to store is quarantined by the field it feeds, naming it.
        settings.setMaxCharsPerColumn(-1);
        settings.setMaxColumns(MAX_FIELDS);
        settings.setNullValue("");
        settings.setEmptyValue("");
        settings.setSkipEmptyLines(true);
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        CsvParser parser = new CsvParser(settings);
        int columns = sniff.header().size();
        try (Reader reader = TextSource.reader(sniff, position)) {
            parser.beginParsing(reader);
            String[] values = parser.parseNext();
            long count = 0;
            while ((values = parser.parseNext()) != null) {
                String raw = parser.getContext().currentParsedContent();
                raw = raw == null ? "" : raw.stripTrailing();
                long lines = raw.chars().filter(c -> c == '\n').count();
                long line = parser.getContext().currentLine() - lines - (endsInsideQuote(values, raw) ? 1 : 0);
                String problem = TextSource.unreadable(raw, sniff.charset());
                if (problem == null && lines > 0 && swallowsRows(values, columns, sniff.delimiter())) {
                    problem = String.format("an unclosed quote on line %d swallowed lines %d–%d (%,d lines) into one field",
                            line, line, line + lines, lines + 1);
                }
                handler.record(line, raw, problem == null ? values : null, problem);
                if ((++count & 4095) == 0 && cancelled.getAsBoolean()) {
                    break;
                }
            }
        } catch (TextParsingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ArrayIndexOutOfBoundsException) {
                throw new ImportProblem(String.format("%s has a row with more than %,d fields near line %d; Uptake reads rows of up"
                        + " to %,d fields. Check the delimiter, or export fewer columns.", sniff.displayName(), MAX_FIELDS,
                        e.getLineIndex(), MAX_FIELDS), e);
            }
            throw new ImportProblem(sniff.displayName() + " could not be read as "
                    + sniff.describe() + " near line " + e.getLineIndex() + ": " + firstLine(e.getMessage()), e);
        } finally {
            parser.stopParsing();
        }
    }

    /**
     * True when a field spanning lines holds at least two lines shaped like whole rows: the mark of
     * a quote that opened and never closed, not of a ticket body that runs over a few lines.
     */
    static boolean swallowsRows(String[] values, int columns, char delimiter) {
        if (columns < 2) {
            return false;
        }
        int rowLike = 0;
        for (String value : values) {
            if (value == null || value.indexOf('\n') < 0) {
                continue;
            }
            String[] lines = value.split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                if (Sniffer.countOutsideQuotes(lines[i], delimiter) >= columns - 1 && ++rowLike >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A quote left open to the end of the file takes the last line end into its field, and the parser counts it. */
    private static boolean endsInsideQuote(String[] values, String raw) {
        String last = values.length == 0 ? null : values[values.length - 1];
        return last != null && last.endsWith("\n") && !raw.endsWith("\"");
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int n = text.indexOf('\n');
        return n < 0 ? text : text.substring(0, n);
    }
}
