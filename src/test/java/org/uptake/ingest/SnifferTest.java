package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnifferTest {

    @TempDir
    Path temp;

    private final Sniffer sniffer = new Sniffer();

    @Test
    void aCanonicalCsvWithBomAndCrlf() throws IOException {
        Path file = Fixtures.text(temp, "export.csv", "\uFEFFevent_id,user_id,timestamp,event\r\ne1,u1,2026-03-03T10:00:00Z,login\r\n");
        FileSniff sniff = sniffer.sniff(file);
        assertEquals(List.of(SourceKind.EVENTS, Dialect.CANONICAL, Layout.DELIMITED), List.of(sniff.kind(), sniff.dialect(), sniff.layout()));
        assertEquals(List.of("event_id", "user_id", "timestamp", "event"), sniff.header());
        assertEquals(List.of(List.of("e1", "u1", "2026-03-03T10:00:00Z", "login")), sniff.previewRows());
        assertEquals("CSV (comma), UTF-8 with BOM, CRLF", sniff.describe());
    }

    @Test
    void delimitersTabSemicolonAndPipe() throws IOException {
        assertEquals('\t', sniffer.sniff(Fixtures.text(temp, "a.tsv", "user_id\tevent\ttime\nu1\tx\t1772532000\n")).delimiter());
        assertEquals(';', sniffer.sniff(Fixtures.text(temp, "b.csv", "user_id;event;time\nu1;\"a;b\";1772532000\n")).delimiter());
        assertEquals('|', sniffer.sniff(Fixtures.text(temp, "c.csv", "user_id|event|time\nu1|x|1772532000\n")).delimiter());
    }

    @Test
    void kindsFromHeaders() throws IOException {
        assertEquals(SourceKind.PEOPLE, sniffer.sniff(Fixtures.text(temp, "p.csv", "user_id,segment,plan\nu1,smb,pro\n")).kind());
        assertEquals(SourceKind.ACCOUNTS, sniffer.sniff(Fixtures.text(temp, "a.csv", "account_id,name,tier\na1,Acme,smb\n")).kind());
        FileSniff zendesk = sniffer.sniff(Fixtures.text(temp, "t.csv", "Id,Subject,Requester email,Created at,Tags\n1,Hi,a@b.c,2026-03-03 10:00:00,x\n"));
        assertEquals(List.of(SourceKind.TICKETS, Dialect.ZENDESK), List.of(zendesk.kind(), zendesk.dialect()));
        FileSniff freshdesk = sniffer.sniff(Fixtures.text(temp, "f.csv", "Ticket ID,Subject,Contact ID,Created time\n1,Hi,c1,2026-03-03 10:00:00\n"));
        assertEquals(List.of(SourceKind.TICKETS, Dialect.FRESHDESK), List.of(freshdesk.kind(), freshdesk.dialect()));
        FileSniff posthog = sniffer.sniff(Fixtures.text(temp, "ph.csv", "uuid,event,distinct_id,timestamp,properties\n"));
        assertEquals(Dialect.POSTHOG, posthog.dialect());
    }

    @Test
    void jsonDialects() throws IOException {
        assertEquals(Dialect.SEGMENT, sniffer.sniff(Fixtures.text(temp, "s.jsonl",
                "{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"x\",\"timestamp\":\"2026-03-03T10:00:00Z\"}\n")).dialect());
        assertEquals(Dialect.MIXPANEL, sniffer.sniff(Fixtures.text(temp, "m.jsonl",
                "{\"event\":\"x\",\"properties\":{\"time\":1772532000,\"distinct_id\":\"u1\"}}\n")).dialect());
        FileSniff amplitude = sniffer.sniff(Fixtures.bytes(temp, "export.zip", Fixtures.zipOfGzips(
                "{\"event_type\":\"x\",\"user_id\":\"u1\",\"event_time\":\"2026-03-03 10:00:00.000000\"}\n")));
        assertEquals(List.of(Dialect.AMPLITUDE, Compression.ZIP), List.of(amplitude.dialect(), amplitude.compression()));
        FileSniff array = sniffer.sniff(Fixtures.text(temp, "e.json", "[{\"event\":\"x\",\"user_id\":\"u1\",\"timestamp\":\"2026-03-03T10:00:00Z\"}]"));
        assertEquals(List.of(Layout.JSON_ARRAY, Dialect.CANONICAL), List.of(array.layout(), array.dialect()));
        assertEquals(SourceKind.FEATURES, sniffer.sniff(Fixtures.text(temp, "features.json",
                "[{\"key\":\"k\",\"name\":\"K\",\"adoption\":{\"event\":\"x\"}}]")).kind());
    }

    @Test
    void gzipIsRecognisedByItsBytesNotItsName() throws IOException {
        FileSniff sniff = sniffer.sniff(Fixtures.bytes(temp, "events.dat", Fixtures.gzip("user_id,event,timestamp\nu1,x,1772532000\n")));
        assertEquals(List.of(Compression.GZIP, SourceKind.EVENTS), List.of(sniff.compression(), sniff.kind()));
    }

    @Test
    void windows1252IsReadAsSuch() throws IOException {
        FileSniff sniff = sniffer.sniff(Fixtures.text(temp, "p.csv", "user_id,role\nu1,Gesch\u00e4ftsf\u00fchrer\n",
                Charset.forName("windows-1252")));
        assertEquals("windows-1252", sniff.charset().name());
        assertEquals(List.of("u1", "Gesch\u00e4ftsf\u00fchrer"), sniff.previewRows().get(0));
    }

    @Test
    void fileLevelProblemsGetOneClearMessage() throws IOException {
        assertEquals("empty.csv is empty: there is nothing to import.",
                assertThrows(ImportProblem.class, () -> sniffer.sniff(Fixtures.text(temp, "empty.csv", ""))).getMessage());
        byte[] binary = new byte[2048];
        binary[0] = 7;
        assertTrue(assertThrows(ImportProblem.class, () -> sniffer.sniff(Fixtures.bytes(temp, "app.bin", binary)))
                .getMessage().startsWith("app.bin looks like a binary file"));
        byte[] gz = Fixtures.gzip("user_id,event,timestamp\n" + "u1,x,1772532000\n".repeat(2_000));
        assertTrue(assertThrows(ImportProblem.class, () -> sniffer.sniff(Fixtures.bytes(temp, "cut.csv.gz",
                Arrays.copyOf(gz, gz.length / 2)))).getMessage().startsWith("cut.csv.gz is a truncated gzip file"));
        byte[] latin = {'a', ',', 'b', '\n', (byte) 0x81, (byte) 0x8D, '\n'};
        assertTrue(assertThrows(ImportProblem.class, () -> sniffer.sniff(Fixtures.bytes(temp, "odd.csv", latin)))
                .getMessage().startsWith("odd.csv is in an encoding Uptake cannot recognise"));
    }
}
