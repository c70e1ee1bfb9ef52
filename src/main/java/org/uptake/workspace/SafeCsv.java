package org.uptake.workspace;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV writer of every CSV Uptake writes: quoted where needed, and safe to open in a
 * spreadsheet (text starting with =, +, -, @, tab or CR is neutralised with a leading apostrophe,
 * OWASP's advice against CSV injection), while numbers, including "-13.9%", stay numbers.
 */
public final class SafeCsv implements AutoCloseable {

    /** A plain number, optionally signed, grouped, with a decimal part, an exponent or a percent sign. */
    private static final Pattern NUMBER = Pattern.compile("(?=.*\\d)[+-]?(\\d{1,3}(,\\d{3})+|\\d+)?(\\.\\d+)?([eE][+-]?\\d+)?%?");

    private final CsvWriter writer;

    public SafeCsv(Writer out, List<String> header) {
        CsvWriterSettings settings = new CsvWriterSettings();
        settings.setMaxColumns(Math.max(512, header.size()));
        settings.setMaxCharsPerColumn(-1);
        // RFC 4180: a cell holding a quote is quoted, its quotes doubled.
        settings.setQuoteEscapingEnabled(true);
        writer = new CsvWriter(out, settings);
        writer.writeHeaders(header.stream().map(SafeCsv::cell).toArray(String[]::new));
    }

    public SafeCsv(Writer out, String... header) {
        this(out, Arrays.asList(header));
    }

    /** One row; null is an empty cell, numbers are written as numbers, text is neutralised. */
    public void row(Object... cells) {
        String[] text = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            text[i] = cell(cells[i]);
        }
        writer.writeRow((Object[]) text);
    }

    public void row(List<?> cells) {
        row(cells.toArray());
    }

    /** Writes what is buffered, leaving the underlying writer open for its owner to close. */
    @Override
    public void close() {
        writer.flush();
    }

    /** A cell's text as it is written (before quoting). */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite()) || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            return "";
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return neutralise(value.toString());
    }

    /** Text a spreadsheet will not run as a formula; plain numbers are left as they are. */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (!risky || (c == '+' || c == '-') && text.length() > 1 && NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
