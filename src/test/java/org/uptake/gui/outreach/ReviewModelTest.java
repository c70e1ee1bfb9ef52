package org.uptake.gui.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.model.FeatureRef;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.outreach.Outreach;
import org.uptake.outreach.OutreachFixture;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/** The review queue's state without a stage, on {@link OutreachFixture}'s four email drafts: the filter, decisions and refusals. */
class ReviewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private Outreach outreach;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final SimpleObjectProperty<FeatureRef> feature = new SimpleObjectProperty<>();
    private ReviewModel model;

    @BeforeEach
    void build() throws Exception {
        workspace = OutreachFixture.build(temp);
        outreach = OutreachFixture.outreach(workspace);
        model = new ReviewModel(outreach, Outreach.KIND, new SynchronousTaskExecutor(), notifier, feature);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<String> shown() {
        return model.messages().stream().map(m -> m.userId() + " " + m.status()).sorted().toList();
    }

    @Test
    void theQueueFollowsTheFeatureAndTheStatusFilter() {
        model.reload();
        assertEquals(List.of(), shown());
        assertEquals(1, model.loadsProperty().get(), "an empty reload still counts, so the pane redraws");

        feature.set(new FeatureQueries(workspace).list().stream().filter(f -> f.key().equals("reports")).findFirst().orElseThrow());
        assertEquals(List.of("u1 DRAFT", "u2 DRAFT", "u3 DRAFT", "u4 DRAFT"), shown());
        model.statusProperty().set(MessageStatus.APPROVED);
        assertEquals(List.of(), shown());
        model.statusProperty().set(null);
        assertEquals(4, shown().size());
    }

    @Test
    void decisionsReloadTheQueueAndARefusalSaysWhy() {
        feature.set(new FeatureQueries(workspace).list().stream().filter(f -> f.key().equals("reports")).findFirst().orElseThrow());
        List<Message> decided = new ArrayList<>();
        model.approve(OutreachFixture.messageTo(outreach, "u1").id(), decided::add);
        model.reject(OutreachFixture.messageTo(outreach, "u2").id(), "wrong tone", decided::add);

        assertEquals(List.of(MessageStatus.APPROVED, MessageStatus.REJECTED), decided.stream().map(Message::status).toList());
        assertEquals(List.of("u3 DRAFT", "u4 DRAFT"), shown(), "the drafts filter shows what is left to decide");
        assertEquals(List.of(), notifier.told());

        long rejected = OutreachFixture.messageTo(outreach, "u2").id();
        model.approve(rejected, decided::add);
        assertEquals(2, decided.size(), "a rejected message is not approved");
        assertEquals(1, notifier.told().size());
        assertTrue(notifier.told().get(0).startsWith("problem Approving message " + rejected + ": not done: "), notifier.told().get(0));
    }
}
