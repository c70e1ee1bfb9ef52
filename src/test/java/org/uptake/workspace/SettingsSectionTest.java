package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A settings section is one JSON document with defaults from its record; older one-value rows are still read. */
class SettingsSectionTest {

    /** A section shaped unlike the real ones: a nullable number, a list, a dotted name and a map. */
    record Gauge(int count, double share, Double optional, List<String> tags, @JsonProperty("mail.host") String mailHost,
            Map<String, Integer> weight) {
        Gauge {
            if (share < 0) {
                throw new IllegalArgumentException("share must not be negative");
            }
        }
    }

    static final Gauge DEFAULTS = new Gauge(3, 0.5, null, List.of("x"), "localhost", Map.of());
    static final SettingsSection<Gauge> GAUGE = new SettingsSection<>("gauge", Gauge.class, DEFAULTS);

    @TempDir
    Path dir;
    Workspace workspace;
    WorkspaceSettings settings;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("ws"));
        settings = workspace.settings();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void nothingStoredReadsTheDefaults() {
        assertEquals(DEFAULTS, settings.read(GAUGE));
    }

    @Test
    void olderOneValueRowsAreReadIntoTheRecord() {
        settings.put("gauge.count", " 9 ");
        settings.put("gauge.optional", "0.25");
        settings.put("gauge.tags", "zoom, next page,,");
        settings.put("gauge.mail.host", "smtp.example.org");
        settings.put("gauge.weight.alpha", "5");
        settings.put("gauge.weight.beta.two", "-1");
        settings.put("gauge.unknown", "kept but unread");
        assertEquals(new Gauge(9, 0.5, 0.25, List.of("zoom", "next page"), "smtp.example.org", Map.of("alpha", 5, "beta.two", -1)),
                settings.read(GAUGE));
    }

    @Test
    void savingWritesOneDocumentAndRemovesOnlyTheRowsItReplaces() {
        settings.put("gauge.count", "9");
        settings.put("gauge.weight.alpha", "5");
        settings.put("gauge.unknown", "kept");
        settings.write(GAUGE, settings.read(GAUGE));
        assertEquals(Optional.of("{\"count\":9,\"share\":0.5,\"optional\":null,\"tags\":[\"x\"],\"mail.host\":\"localhost\","
                + "\"weight\":{\"alpha\":5}}"), settings.get("gauge"));
        assertEquals(Optional.empty(), settings.get("gauge.count"));
        assertEquals(Optional.empty(), settings.get("gauge.weight.alpha"));
        assertEquals(Optional.of("kept"), settings.get("gauge.unknown"));
        assertEquals(new Gauge(9, 0.5, null, List.of("x"), "localhost", Map.of("alpha", 5)), settings.read(GAUGE));
    }

    @Test
    void aDocumentWithoutANewerFieldGetsItsDefaultAndAnUnknownFieldIsSkipped() {
        settings.put("gauge", "{\"count\":11,\"retired\":true}");
        assertEquals(new Gauge(11, 0.5, null, List.of("x"), "localhost", Map.of()), settings.read(GAUGE));
    }

    @Test
    void oneSettingChangesByItsNameAndIsChecked() {
        assertEquals(new Gauge(3, 0.5, null, List.of("x"), "mail.example", Map.of()), settings.set(GAUGE, "gauge.mail.host", "mail.example"));
        assertEquals(Map.of("gauge.count", "3", "gauge.share", "0.5", "gauge.optional", "", "gauge.tags", "x",
                "gauge.mail.host", "mail.example"), settings.values(GAUGE));
        settings.set(GAUGE, "gauge.weight.alpha", "2");
        assertEquals(Map.of("alpha", 2), settings.read(GAUGE).weight());

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> settings.set(GAUGE, "gauge.colour", "red"));
        assertEquals("There is no gauge setting gauge.colour; the settings are gauge.count, gauge.mail.host, gauge.optional,"
                + " gauge.share, gauge.tags, gauge.weight.<key>.", unknown.getMessage());
        IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class, () -> settings.set(GAUGE, "gauge.count", "many"));
        assertEquals("The setting gauge.count is 'many', which is not a number.", notANumber.getMessage());
        IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class, () -> settings.set(GAUGE, "gauge.share", "-1"));
        assertEquals("share must not be negative", outOfRange.getMessage());
        assertEquals("mail.example", settings.read(GAUGE).mailHost(), "a refused value changes nothing");
        assertEquals(0.5, settings.read(GAUGE).share());
    }
}
