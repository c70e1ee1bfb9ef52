package org.uptake.outreach;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/** The SMTP password and the LLM API key never live in the workspace file. */
class SecretsTest {

    @TempDir
    Path temp;
    Workspace workspace;
    WorkspaceSettings stored;
    Path config;

    @BeforeEach
    void open() {
        workspace = Workspace.create(temp.resolve("ws"));
        stored = workspace.settings();
        config = temp.resolve("config");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Outreach outreach(Map<String, String> environment) {
        return TestServices.of(workspace, new Secrets(config.resolve(Secrets.FILE_NAME), environment::get)).outreach();
    }

    @Test
    void aSecretSetIsKeptInTheConfigFolderReadableByItsOwnerOnly() throws Exception {
        Outreach outreach = outreach(Map.of());
        outreach.set("outreach.smtp.password", "s3cret");
        outreach.set("outreach.llm.apiKey", "sk-123");
        assertEquals(Optional.empty(), stored.get("outreach.smtp.password"));
        assertEquals(Optional.empty(), stored.get("outreach.llm.apiKey"));
        assertEquals("s3cret", outreach.settings().smtpPassword());
        assertEquals("sk-123", outreach.settings().llmApiKey());
        Path file = config.resolve(Secrets.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)));
        try (var found = Files.list(config)) {
            assertEquals(List.of(file), found.toList(), "no temporary file left");
        }
        outreach.set("outreach.smtp.password", "");
        assertEquals("", outreach.settings().smtpPassword());
    }

    @Test
    void anEnvironmentVariableWins() {
        Outreach outreach = outreach(Map.of("UPTAKE_SMTP_PASSWORD", "from-env", "UPTAKE_LLM_API_KEY", "key-env"));
        outreach.set("outreach.smtp.password", "from-file");
        assertEquals("from-env", outreach.settings().smtpPassword());
        assertEquals("key-env", outreach.settings().llmApiKey());
    }

    @Test
    void secretsAnOlderUptakeKeptInTheWorkspaceMoveOutWhenOutreachOpens() {
        stored.put("outreach.smtp.password", "old-password");
        stored.put("outreach.llm.apiKey", "old-key");
        Outreach outreach = outreach(Map.of());
        assertEquals(Optional.empty(), stored.get("outreach.smtp.password"));
        assertEquals(Optional.empty(), stored.get("outreach.llm.apiKey"));
        assertEquals("old-password", outreach.settings().smtpPassword());
        assertEquals("old-key", outreach.settings().llmApiKey());
        Path file = config.resolve(Secrets.FILE_NAME);
        assertEquals(List.of("outreach.smtp.password was moved out of the workspace into " + file + " (readable by you only).",
                "outreach.llm.apiKey was moved out of the workspace into " + file + " (readable by you only)."), outreach.secretsMoved());
        assertEquals(List.of(), outreach(Map.of()).secretsMoved(), "once");
    }
}
