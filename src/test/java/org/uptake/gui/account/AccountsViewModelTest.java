package org.uptake.gui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.unimi.dsi.fastutil.ints.IntSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.account.AccountAnalysis;
import org.uptake.account.AccountAnalysisTest;
import org.uptake.account.AccountHealth;
import org.uptake.account.AccountPlays;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.model.Channel;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.outreach.Outreach;
import org.uptake.outreach.ReviewQueue;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.TextSimilarities;
import org.uptake.workspace.AccountStore;
import org.uptake.workspace.FeatureDefinitions;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/** The Accounts screen's state on the six hand-built accounts of {@link AccountAnalysisTest}, without a stage. */
class AccountsViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private ReviewQueue queue;
    private AccountsViewModel model;

    @BeforeEach
    void build() throws Exception {
        workspace = AccountAnalysisTest.fixture(temp);
        AccountAnalysis analysis = new AccountAnalysis(new AccountStore(workspace), new FeatureQueries(workspace),
                new FeatureDefinitions(workspace), workspace.settings(), (from, to) -> IntSet.of());
        queue = org.uptake.TestServices.of(workspace).outreach().review();
        model = new AccountsViewModel(analysis, new AccountPlays(queue), userId -> List.of(), new SynchronousTaskExecutor(),
                new org.uptake.gui.common.Notifier() {
                    @Override
                    public void problem(String title, Throwable failure) {
                        throw new AssertionError(title, failure);
                    }

                    @Override
                    public void done(String title, String message) {
                    }
                });
        model.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theBookFiltersByOwnerTierAndBand() {
        assertEquals(List.of("A1", "A2", "A3", "A4", "A5", "A6"), ids());
        assertEquals(List.of("all", "Kim", "Lee"), model.owners());
        model.bandProperty().set("at risk");
        assertEquals(List.of("A1", "A2", "A3"), ids());
        model.ownerProperty().set("Lee");
        assertEquals(List.of("A3"), ids());
        model.bandProperty().set(AccountsViewModel.ALL);
        model.tierProperty().set("silver");
        assertEquals(List.of("A3", "A4", "A6"), ids());
        assertEquals("as of 2026-04-30 (the data's last day)", model.asOfProperty().get());
    }

    @Test
    void aNumberOnThePageNarrowsItsPeople() {
        model.open("A1");
        assertEquals("all people: 6 of 6", model.peopleShownProperty().get());
        model.drillActive();
        // Falling Co: 2 of its 6 people were active in April.
        assertEquals("active in the last 28 days: 2 of 6", model.peopleShownProperty().get());
        assertEquals(2, model.people().size());
    }

    @Test
    void planningAPlayWritesACsmTaskDraftForApprovalAndOnlyOnce() {
        model.open("A1");
        model.planPlay();
        assertEquals("1 CSM-task draft in the Outreach review queue, waiting for approval", model.playResultProperty().get());
        List<Message> drafts = queue.queue("reports", MessageStatus.DRAFT);
        assertEquals(List.of("CSM_TASK ACCOUNT_PLAY Check in with Falling Co: activity is falling []"), drafts.stream()
                .map(m -> m.channel().name() + " " + m.audience() + " " + m.subject() + " " + m.problems()).toList());
        String contact = model.pageProperty().get().plays().get(0).contact();
        model.planPlay();
        assertEquals("0 CSM-task drafts in the Outreach review queue, waiting for approval; not drafted: " + contact
                + ": a message about this feature is already waiting for review", model.playResultProperty().get());
        assertEquals(Channel.CSM_TASK, queue.queue("reports", MessageStatus.DRAFT).get(0).channel());
    }

    private List<String> ids() {
        return model.accounts().stream().map(AccountHealth::accountId).toList();
    }
}
