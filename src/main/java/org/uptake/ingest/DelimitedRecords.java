package org.uptake.ingest;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;

/** Reads a CSV/TSV file record by record with each record's raw text and first line number (for quarantine). */
final class DelimitedRecords {

    /** Receives each data record (the header is skipped). */
    @FunctionalInterface
    interface Handler {
        void record(long line, String raw, String[] values);
    }

    private DelimitedRecords() {
    }

    static void read(FileSniff sniff, Handler handler, java.util.function.BooleanSupplier cancelled,
            java.util.concurrent.atomic.AtomicLong position) throws IOException {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(sniff.delimiter());
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setHeaderExtractionEnabled(false);
        settings.setMaxCharsPerColumn(1_000_000);
        settings.setMaxColumns(4096);
        settings.setNullValue("");
        settings.setEmptyValue("");
        settings.setSkipEmptyLines(true);
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        CsvParser parser = new CsvParser(settings);
        try (Reader reader = TextSource.reader(sniff.file(), sniff.compression(), sniff.charset(), position)) {
            parser.beginParsing(reader);
            String[] values = parser.parseNext();
            long count = 0;
            while ((values = parser.parseNext()) != null) {
                String raw = parser.getContext().currentParsedContent();
                raw = raw == null ? "" : raw.stripTrailing();
                long endLine = parser.getContext().currentLine();
                long line = endLine - raw.chars().filter(c -> c == '\n').count();
                handler.record(line, raw, values);
                if ((++count & 4095) == 0 && cancelled.getAsBoolean()) {
                    break;
                }
            }
        } catch (TextParsingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new ImportProblem(sniff.file().getFileName() + " could not be read as "
                    + sniff.describe() + " near line " + e.getLineIndex() + ": " + firstLine(e.getMessage()), e);
        } finally {
            parser.stopParsing();
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int n = text.indexOf('\n');
        return n < 0 ? text : text.substring(0, n);
    }
}
