package org.uptake.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

/** Recognises a file's packing, encoding, layout, kind and dialect from its name and first 64 KB. */
public final class Sniffer {

    static final int SAMPLE_BYTES = 64 * 1024;
    static final int LONG_RECORD_SAMPLE_BYTES = 4 * 1024 * 1024;
    static final int PREVIEW_ROWS = 10;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final ObjectMapper JSON = new ObjectMapper();

    public FileSniff sniff(Path file) {
        String name = file.getFileName().toString();
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
            byte[] sample = sample(file, compression, name, SAMPLE_BYTES);
            if (sample.length == SAMPLE_BYTES && !hasNewline(sample)) {
                // The first record is longer than the sample (a JSON line with a large properties object).
                sample = sample(file, compression, name, LONG_RECORD_SAMPLE_BYTES);
            }
            if (sample.length == 0) {
                throw new ImportProblem(name + " holds no data once unpacked: there is nothing to import.");
            }
            boolean bom = sample.length >= 3 && (sample[0] & 0xff) == 0xEF && (sample[1] & 0xff) == 0xBB && (sample[2] & 0xff) == 0xBF;
            Charset charset = charset(sample, name);
            String text = decodeSample(sample, charset, bom);
            return describe(file, size, compression, charset, bom, text);
        } catch (IOException e) {
            throw new ImportProblem("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasNewline(byte[] sample) {
        for (byte b : sample) {
            if (b == '\n') {
                return true;
            }
        }
        return false;
    }

    private static byte[] sample(Path file, Compression compression, String name, int bytes) throws IOException {
        try (InputStream in = TextSource.bytes(file, compression)) {
            return in.readNBytes(bytes);
        } catch (EOFException e) {
            throw new ImportProblem(name + " is a truncated " + compression.name().toLowerCase(Locale.ROOT)
                    + " file (it ends before its data does). Export it again.", e);
        } catch (ZipException e) {
            throw new ImportProblem(name + " is not a valid " + compression.name().toLowerCase(Locale.ROOT) + " file: "
                    + e.getMessage(), e);
        }
    }

    private static Charset charset(byte[] sample, String name) {
        if (sample.length >= 2 && ((sample[0] & 0xff) == 0xFE && (sample[1] & 0xff) == 0xFF
                || (sample[0] & 0xff) == 0xFF && (sample[1] & 0xff) == 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        int zeros = 0;
        for (byte b : sample) {
            if (b == 0) {
                zeros++;
            }
        }
        if (zeros > 0) {
            throw new ImportProblem(name + " looks like a binary file, not a text export (it contains " + zeros
                    + " zero bytes in its first " + sample.length / 1024 + " KB). Export CSV, JSON Lines or a zip/gzip of them.");
        }
        if (decodes(sample, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodes(sample, WINDOWS_1252) && !hasControlCharacters(sample)) {
            return WINDOWS_1252;
        }
        throw new ImportProblem(name + " is in an encoding Uptake cannot recognise (it is neither UTF-8 nor Windows-1252)."
                + " Save it as UTF-8 and import it again.");
    }

    private static boolean decodes(byte[] sample, Charset charset) {
        // The sample may end inside a multi-byte character: allow up to 3 trailing bytes to be cut.
        for (int cut = 0; cut <= 3 && cut < sample.length; cut++) {
            try {
                charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(sample, 0, sample.length - cut));
                return true;
            } catch (CharacterCodingException e) {
                if (sample.length < SAMPLE_BYTES) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean hasControlCharacters(byte[] sample) {
        for (byte b : sample) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    private static String decodeSample(byte[] sample, Charset charset, boolean bom) {
        String text = new String(sample, charset);
        if (bom && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text;
    }

    private FileSniff describe(Path file, long size, Compression compression, Charset charset, boolean bom, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean crlf = text.contains("\r\n");
        String trimmed = text.stripLeading();
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return new FileSniff(file, size, compression, charset, bom, crlf, Layout.MARKDOWN, ',', SourceKind.BRIEF,
                    Dialect.CANONICAL, List.of(), List.of());
        }
        if (trimmed.startsWith("[")) {
            return json(file, size, compression, charset, bom, crlf, Layout.JSON_ARRAY, arrayElements(trimmed));
        }
        if (trimmed.startsWith("{")) {
            return json(file, size, compression, charset, bom, crlf, Layout.JSON_LINES, jsonLines(trimmed));
        }
        return delimited(file, size, compression, charset, bom, crlf, text, name);
    }

    private FileSniff json(Path file, long size, Compression compression, Charset charset, boolean bom, boolean crlf,
            Layout layout, List<JsonNode> records) {
        if (records.isEmpty()) {
            throw new ImportProblem(file.getFileName() + " starts like JSON but its first record is not valid JSON.");
        }
        JsonNode first = records.get(0);
        SourceKind kind = SourceKind.EVENTS;
        Dialect dialect = Dialect.CANONICAL;
        String type = first.path("type").asText("");
        if (first.has("key") && first.has("adoption")) {
            kind = SourceKind.FEATURES;
        } else if (Set.of("track", "identify", "group", "page", "screen", "alias").contains(type)) {
            dialect = Dialect.SEGMENT;
        } else if (first.has("event_type") && (first.has("event_time") || first.has("client_event_time"))) {
            dialect = Dialect.AMPLITUDE;
        } else if (first.has("uuid") && first.has("distinct_id") && first.has("event")) {
            dialect = Dialect.POSTHOG;
        } else if (first.has("event") && first.path("properties").has("distinct_id") || first.path("properties").has("time")
                && first.has("event") && !first.has("timestamp")) {
            dialect = Dialect.MIXPANEL;
        }
        Set<String> keys = new LinkedHashSet<>();
        records.forEach(r -> r.fieldNames().forEachRemaining(keys::add));
        List<List<String>> preview = new ArrayList<>();
        for (JsonNode r : records.subList(0, Math.min(PREVIEW_ROWS, records.size()))) {
            List<String> row = new ArrayList<>();
            for (String key : keys) {
                JsonNode value = r.get(key);
                row.add(value == null ? "" : value.isValueNode() ? value.asText() : value.toString());
            }
            preview.add(row);
        }
        return new FileSniff(file, size, compression, charset, false, crlf, layout, ',', kind, dialect,
                new ArrayList<>(keys), preview);
    }

    private static List<JsonNode> jsonLines(String text) {
        List<JsonNode> records = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (records.size() > PREVIEW_ROWS) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                if (node != null && node.isObject()) {
                    records.add(node);
                }
            } catch (IOException e) {
                // A cut-off last line of the sample, or a malformed row the import will quarantine.
            }
        }
        return records;
    }

    private static List<JsonNode> arrayElements(String text) {
        List<JsonNode> records = new ArrayList<>();
        try (var parser = JSON.getFactory().createParser(text)) {
            parser.nextToken();
            while (records.size() <= PREVIEW_ROWS && parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                records.add(JSON.readTree(parser));
            }
        } catch (IOException e) {
            // The sample ends inside an element; what was read is enough for a preview.
        }
        return records;
    }

    private FileSniff delimited(Path file, long size, Compression compression, Charset charset, boolean bom, boolean crlf,
            String text, String name) {
        char delimiter = delimiter(text);
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(delimiter);
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setMaxCharsPerColumn(-1);
        settings.setMaxColumns(2048);
        CsvParser parser = new CsvParser(settings);
        parser.beginParsing(new StringReader(text));
        String[] header = parser.parseNext();
        if (header == null) {
            throw new ImportProblem(file.getFileName() + " has no header row.");
        }
        List<List<String>> rows = new ArrayList<>();
        String[] row;
        while (rows.size() < PREVIEW_ROWS && (row = parser.parseNext()) != null) {
            rows.add(Arrays.stream(row).map(v -> v == null ? "" : v).toList());
        }
        parser.stopParsing();
        List<String> columns = Arrays.stream(header).map(h -> h == null ? "" : h.strip()).toList();
        SourceKind kind = kindOf(columns, name);
        Dialect dialect = dialectOf(kind, columns);
        return new FileSniff(file, size, compression, charset, bom, crlf, Layout.DELIMITED, delimiter, kind, dialect,
                columns, rows);
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

    private static int countOutsideQuotes(String line, char delimiter) {
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
