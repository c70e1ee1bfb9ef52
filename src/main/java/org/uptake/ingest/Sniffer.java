package org.uptake.ingest;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * Recognises a file's packing, encoding, layout, kind and dialect from its name and first 64 KB;
 * a zip of several tables is recognised entry by entry.
 */
public final class Sniffer {

    static final int SAMPLE_BYTES = 64 * 1024;
    /** How far the sniffer reads for a first record longer than the sample, and the longest JSON record imported. */
    static final int LONG_RECORD_SAMPLE_BYTES = 4 * 1024 * 1024;
    static final int PREVIEW_ROWS = 10;
    /** The widest header read: wider is not an export of people, events or tickets. */
    static final int MAX_COLUMNS = 2048;

    public FileSniff sniff(Path file) {
        return sniff(file, null);
    }

    /**
     * One sniff per table the file holds: each entry of a zip of several CSV (or other) files is its
     * own table with its own header; a zip of JSON Lines parts (an Amplitude export) is one table.
     */
    public List<FileSniff> sniffAll(Path file) {
        FileSniff whole = sniff(file, null);
        if (whole.compression() != Compression.ZIP || whole.layout() == Layout.JSON_LINES) {
            return List.of(whole);
        }
        List<String> entries;
        try {
            entries = TextSource.zipEntries(file);
        } catch (IOException e) {
            throw new ImportProblem("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (entries.size() < 2) {
            return List.of(whole);
        }
        List<FileSniff> each = new ArrayList<>();
        for (String entry : entries) {
            each.add(sniff(file, entry));
        }
        return each;
    }

    FileSniff sniff(Path file, String entry) {
        String name = file.getFileName() + (entry == null ? "" : "/" + entry);
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportProblem(name + " is not a file.");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportProblem(name + " is empty: there is nothing to import.");
            }
            byte[] head = new byte[8];
            int headLength;
            try (InputStream in = Files.newInputStream(file)) {
                headLength = in.readNBytes(head, 0, head.length);
            }
            Compression compression = Compression.of(head, headLength);
            byte[] sample = sample(file, compression, entry, name, SAMPLE_BYTES);
            if (sample.length == SAMPLE_BYTES && (!hasNewline(sample) || startsWith(sample, '['))) {
                // The first record is longer than the sample (a JSON line or array element with large properties).
                sample = sample(file, compression, entry, name, LONG_RECORD_SAMPLE_BYTES);
            }
            if (sample.length == 0) {
                throw new ImportProblem(name + " holds no data once unpacked: there is nothing to import.");
            }
            boolean cut = sample.length == SAMPLE_BYTES || sample.length == LONG_RECORD_SAMPLE_BYTES;
            boolean bom = sample.length >= 3 && (sample[0] & 0xff) == 0xEF && (sample[1] & 0xff) == 0xBB && (sample[2] & 0xff) == 0xBF;
            Charset charset = TextEncoding.of(sample, name, cut);
            String text = TextEncoding.decode(sample, charset);
            if (cut && sample.length == LONG_RECORD_SAMPLE_BYTES && startsWith(sample, '{') && !hasNewline(sample)) {
                // One JSON line larger than what is read of it: recognise the file by the lines after it.
                text = TextEncoding.decode(sampleAfterFirstLine(file, compression, entry, name), charset);
            }
            return describe(file, entry, name, size, compression, charset, bom, text, cut);
        } catch (IOException e) {
            throw new ImportProblem("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] sample, char c) {
        for (byte b : sample) {
            if (!Character.isWhitespace(b) && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB && (b & 0xff) != 0xBF) {
                return b == c;
            }
        }
        return false;
    }

    private static boolean hasNewline(byte[] sample) {
        for (byte b : sample) {
            if (b == '\n') {
                return true;
            }
        }
        return false;
    }

    private static byte[] sample(Path file, Compression compression, String entry, String name, int bytes) throws IOException {
        try (InputStream in = TextSource.bytes(file, compression, entry, new java.util.concurrent.atomic.AtomicLong())) {
            return in.readNBytes(bytes);
        } catch (EOFException e) {
            throw new ImportProblem(name + " is a truncated " + compression.name().toLowerCase(Locale.ROOT)
                    + " file (it ends before its data does). Export it again.", e);
        } catch (ZipException e) {
            throw new ImportProblem(name + " is not a valid " + compression.name().toLowerCase(Locale.ROOT) + " file: "
                    + e.getMessage(), e);
        }
    }

    /** The sample after the first line, or a refusal when the whole file is one line too large to read as a record. */
    private static byte[] sampleAfterFirstLine(Path file, Compression compression, String entry, String name) throws IOException {
        try (InputStream in = TextSource.bytes(file, compression, entry, new java.util.concurrent.atomic.AtomicLong())) {
            long skipped = 0;
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new ImportProblem(String.format("%s holds one record of %.1f MB: too large to import (a record may"
                            + " hold at most %d MB).", name, skipped / 1048576.0, LONG_RECORD_SAMPLE_BYTES / 1048576));
                }
                skipped++;
            }
            return in.readNBytes(SAMPLE_BYTES);
        }
    }

    private FileSniff describe(Path file, String entry, String displayName, long size, Compression compression, Charset charset,
            boolean bom, String text, boolean cut) {
        String name = (entry == null ? file.getFileName().toString() : entry).toLowerCase(Locale.ROOT);
        boolean crlf = text.contains("\r\n");
        String trimmed = text.stripLeading();
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return new FileSniff(file, size, compression, charset, bom, crlf, Layout.MARKDOWN, ',', SourceKind.BRIEF,
                    Dialect.CANONICAL, List.of(), List.of(), entry);
        }
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
            return JsonSniff.describe(file, entry, displayName, size, compression, charset, crlf, trimmed, cut);
        }
        return delimited(file, entry, displayName, size, compression, charset, bom, crlf, text, name);
    }

    private FileSniff delimited(Path file, String entry, String displayName, long size, Compression compression, Charset charset,
            boolean bom, boolean crlf, String text, String name) {
        char delimiter = delimiter(text);
        int lineEnd = text.indexOf('\n');
        int columns = countOutsideQuotes(lineEnd < 0 ? text : text.substring(0, lineEnd), delimiter) + 1;
        if (columns > MAX_COLUMNS) {
            throw new ImportProblem(String.format("%s has %,d columns; Uptake reads files of up to %,d columns."
                    + " Export fewer columns (or check that the delimiter is right).", displayName, columns, MAX_COLUMNS));
        }
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(delimiter);
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setMaxCharsPerColumn(-1);
        settings.setMaxColumns(DelimitedRecords.MAX_FIELDS);
        CsvParser parser = new CsvParser(settings);
        parser.beginParsing(new StringReader(text));
        String[] header = parser.parseNext();
        if (header == null) {
            throw new ImportProblem(displayName + " has no header row.");
        }
        List<List<String>> rows = new ArrayList<>();
        String[] row;
        while (rows.size() < PREVIEW_ROWS && (row = parser.parseNext()) != null) {
            rows.add(Arrays.stream(row).map(v -> v == null ? "" : v).toList());
        }
        parser.stopParsing();
        List<String> names = Arrays.stream(header).map(h -> h == null ? "" : h.strip()).toList();
        Recognition recognition = ColumnSuggestions.recognise(names, rows, kindOf(names, name));
        Dialect dialect = dialectOf(recognition.kind(), names);
        return new FileSniff(file, size, compression, charset, bom, crlf, Layout.DELIMITED, delimiter, recognition.kind(), dialect,
                names, rows, entry, recognition.level());
    }

    /** The candidate that splits the header most often and the next lines alike. */
    static char delimiter(String text) {
        Iterator<String> lines = text.lines().iterator();
        List<String> first = new ArrayList<>();
        while (lines.hasNext() && first.size() < 5) {
            first.add(lines.next());
        }
        char best = ',';
        int bestScore = 0;
        for (char candidate : new char[] {',', '\t', ';', '|'}) {
            int count = countOutsideQuotes(first.get(0), candidate);
            if (count == 0) {
                continue;
            }
            int consistent = 0;
            for (String line : first.subList(1, first.size())) {
                if (countOutsideQuotes(line, candidate) == count) {
                    consistent++;
                }
            }
            int score = count * (1 + consistent);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    static SourceKind kindOf(List<String> columns, String fileName) {
        Set<String> names = new LinkedHashSet<>();
        columns.forEach(c -> names.add(ColumnNames.normalize(c)));
        if (names.contains("campaign_id") && names.contains("group")) {
            return SourceKind.OUTREACH_HISTORY;
        }
        boolean hasEvent = names.stream().anyMatch(ColumnNames.EVENT::contains);
        boolean hasTime = names.stream().anyMatch(ColumnNames.TIMESTAMP::contains);
        if (names.contains("subject") || names.contains("ticket_id") || fileName.contains("ticket")) {
            return SourceKind.TICKETS;
        }
        if (hasEvent && hasTime) {
            return SourceKind.EVENTS;
        }
        boolean hasUser = names.contains("user_id") || names.contains("email");
        if (!hasUser && names.contains("account_id") || fileName.contains("account")) {
            return SourceKind.ACCOUNTS;
        }
        return SourceKind.PEOPLE;
    }

    static Dialect dialectOf(SourceKind kind, List<String> columns) {
        Set<String> names = new LinkedHashSet<>();
        columns.forEach(c -> names.add(ColumnNames.normalize(c)));
        if (kind == SourceKind.EVENTS && names.contains("uuid") && names.contains("distinct_id")) {
            return Dialect.POSTHOG;
        }
        if (kind == SourceKind.TICKETS) {
            if (names.contains("requester_email") || names.contains("requester")) {
                return Dialect.ZENDESK;
            }
            if (names.contains("contact_id") || names.contains("created_time") || names.contains("ticket_id")
                    && names.contains("email")) {
                return Dialect.FRESHDESK;
            }
            return Dialect.GENERIC;
        }
        return Dialect.CANONICAL;
    }
}
