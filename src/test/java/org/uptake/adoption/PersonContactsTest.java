package org.uptake.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.gui.common.PeopleNames;
import org.uptake.outreach.OutreachFixture;
import org.uptake.workspace.Workspace;

/** The one read people lists show people by: email and account name by user id, on people with and without either. */
class PersonContactsTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private AdoptionAnalysis analysis;

    @BeforeEach
    void build() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        OutreachFixture.importFile(workspace, temp, "accounts.csv", "account_id,name,tier\nA1,Acme Bank,enterprise\nA2,,smb\n");
        OutreachFixture.importFile(workspace, temp, "people.csv",
                "user_id,account_id,segment,email\nx1,A1,smb,ada@acme.example\nx2,A2,smb,\nx3,,smb,\n");
        analysis = new AdoptionAnalysis(workspace, FeaturePeople.cache(workspace));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everyKnownPersonWithWhateverTheExportsGave() {
        assertEquals(Map.of(
                        "x1", new PersonContact("x1", "ada@acme.example", "A1", "Acme Bank"),
                        "x2", new PersonContact("x2", null, "A2", null),
                        "x3", new PersonContact("x3", null, null, null)),
                analysis.contacts(List.of("x1", "x2", "x3", "nobody")));
        assertEquals(Map.of(), analysis.contacts(List.of()));
    }

    @Test
    void aPersonReadsAsTheirEmailAndAccountNameElseTheirIds() {
        PeopleNames names = PeopleNames.read(analysis::contacts, List.of("x1", "x2", "x3", "nobody"));
        assertEquals(List.of("ada@acme.example", "x2", "x3", "nobody"),
                List.of(names.who("x1"), names.who("x2"), names.who("x3"), names.who("nobody")));
        assertEquals(List.of("Acme Bank", "A2", "A2"), List.of(names.account("x1", "A1"), names.account("x2", null), names.account("x2", "A2")));
        assertEquals(java.util.Arrays.asList(null, "given"), java.util.Arrays.asList(names.account("x3", null), names.account("nobody", "given")));
    }
}
