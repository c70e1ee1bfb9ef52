package org.uptake.gui.account;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.uptake.account.AccountAnalysis;
import org.uptake.account.AccountHealth;
import org.uptake.account.AccountPage;
import org.uptake.account.AccountPlays;
import org.uptake.account.Band;
import org.uptake.adoption.TimelineEvent;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.LatestJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.outreach.ReviewQueue;

/**
 * The Accounts screen's state: the book of business filtered by owner, tier and band; one account's
 * page with its people narrowed by the number clicked; and "Plan a play" into the review queue.
 */
public final class AccountsViewModel {

    /** Shown in a filter for "no filter". */
    public static final String ALL = "all";

    private final AccountAnalysis analysis;
    private final AccountPlays plays;
    private final Function<String, List<TimelineEvent>> timelines;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final LatestJob bookJob;
    private final LatestJob pageJob;
    private final LatestJob predictionJob;

    private final ObservableList<AccountHealth> all = FXCollections.observableArrayList();
    private final FilteredList<AccountHealth> accounts = new FilteredList<>(all);
    private final ObservableList<String> owners = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> tiers = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> bands = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<String> tier = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<String> band = new SimpleObjectProperty<>(ALL);
    private final ReadOnlyStringWrapper asOf = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prediction = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AccountPage> page = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AccountPage.Person> pagePeople = FXCollections.observableArrayList();
    private final FilteredList<AccountPage.Person> people = new FilteredList<>(pagePeople);
    private final ReadOnlyStringWrapper peopleShown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper playResult = new ReadOnlyStringWrapper("");

    public AccountsViewModel(AccountAnalysis analysis, AccountPlays plays, Function<String, List<TimelineEvent>> timelines,
            TaskExecutor executor, Notifier notifier) {
        this.analysis = analysis;
        this.plays = plays;
        this.timelines = timelines;
        this.executor = executor;
        this.notifier = notifier;
        this.bookJob = new LatestJob(executor);
        this.pageJob = new LatestJob(executor);
        this.predictionJob = new LatestJob(executor);
        for (Band b : Band.values()) {
            bands.add(b.label());
        }
        owner.addListener((o, was, now) -> filter());
        tier.addListener((o, was, now) -> filter());
        band.addListener((o, was, now) -> filter());
    }

    /**
     * Computes the book of business off the FX thread, then the prediction check: the book is usually kept from the
     * last refresh, while the check scores an earlier day and may need the struggles of that window first.
     */
    public void refresh() {
        bookJob.submit("Scoring every account", progress -> load(), this::show, () -> { }, e -> notifier.problem("Scoring the accounts", e));
    }

    /** Opens one account's page; its people are all shown until a number narrows them. */
    public void open(String accountId) {
        pageJob.submit("Reading account " + accountId, progress -> analysis.page(accountId).orElseThrow(() ->
                new IllegalArgumentException("No account '" + accountId + "'")), p -> {
                    // People first: whoever listens to the page finds them in place.
                    pagePeople.setAll(p.people());
                    playResult.set("");
                    drill("all people", person -> true);
                    page.set(p);
                }, () -> { }, e -> notifier.problem("Reading account " + accountId, e));
    }

    /** Narrows the page's people to those behind a number; {@code what} says which. */
    public void drill(String what, Predicate<AccountPage.Person> who) {
        people.setPredicate(who::test);
        peopleShown.set(what + ": " + people.size() + " of " + pagePeople.size());
    }

    /** The people active in the last window (the page's "active" number). */
    public void drillActive() {
        AccountPage p = page.get();
        if (p != null) {
            java.time.LocalDate from = p.asOf().minusDays(analysis.settings().windowDays() - 1L);
            drill("active in the last " + analysis.settings().windowDays() + " days",
                    person -> person.lastActive().filter(d -> !d.isBefore(from)).isPresent());
        }
    }

    public void drillStruggling() {
        drill("struggling", AccountPage.Person::struggling);
    }

    /** The people who adopted, tried or stopped one feature of the matrix. */
    public void drillFeature(int featureIndex, AccountPage.Use use) {
        AccountPage p = page.get();
        if (p != null) {
            drill(p.features().get(featureIndex).name() + " " + use.label(), person -> person.uses().get(featureIndex) == use);
        }
    }

    /** A person's events, for the Adoption screen's timeline window; handed back on the FX thread. */
    public void timeline(String userId, Consumer<List<TimelineEvent>> show) {
        executor.submit(BackgroundJob.of("Reading the timeline of " + userId, progress -> timelines.apply(userId)).onSuccess(show::accept)
                .onFailure(e -> notifier.problem("Reading the timeline of " + userId, e)));
    }

    /** Writes the page's plays as CSM-task drafts into the review queue (approval stays there). */
    public void planPlay() {
        AccountPage p = page.get();
        if (p == null) {
            return;
        }
        if (p.plays().isEmpty()) {
            playResult.set("No play to plan: " + p.health().name() + " has no at-risk reason.");
            return;
        }
        executor.submit(BackgroundJob.of("Planning a play for " + p.health().name(), progress -> plays.plan(p, "analyst"))
                .onSuccess(this::showPlays).onFailure(e -> notifier.problem("Planning a play", e)));
    }

    private void showPlays(ReviewQueue.PeopleDrafted d) {
        playResult.set(d.added() + (d.added() == 1 ? " CSM-task draft" : " CSM-task drafts") + " in the Outreach review queue, waiting for"
                + " approval" + (d.skipped().isEmpty() ? "" : "; not drafted: " + String.join("; ", d.skipped())));
    }

    private Loaded load() {
        try {
            return new Loaded(analysis.book(), "");
        } catch (IllegalStateException noEvents) {
            // An empty workspace is not a failure: the screen says what it needs.
            return new Loaded(null, noEvents.getMessage());
        }
    }

    private void show(Loaded loaded) {
        if (loaded.book() == null) {
            asOf.set(loaded.why());
            all.clear();
            return;
        }
        asOf.set("as of " + loaded.book().asOf() + " (the data's last day)");
        prediction.set("Does the score predict? Checking the score of " + analysis.settings().horizonDays()
                + " days before the last day against what happened after it…");
        predictionJob.submit("Checking whether the score predicts", progress -> analysis.prediction(),
                p -> prediction.set("Does the score predict? " + p.summary()), () -> { },
                e -> notifier.problem("Checking whether the score predicts", e));
        all.setAll(loaded.book().accounts());
        TreeSet<String> o = new TreeSet<>();
        TreeSet<String> t = new TreeSet<>();
        all.forEach(a -> {
            o.add(a.owner().isEmpty() ? "(no owner)" : a.owner());
            t.add(a.tier() == null ? "" : a.tier());
        });
        owners.setAll(ALL);
        owners.addAll(o);
        tiers.setAll(ALL);
        tiers.addAll(t);
        filter();
    }

    private void filter() {
        String o = owner.get();
        String t = tier.get();
        String b = band.get();
        accounts.setPredicate(a -> (o == null || ALL.equals(o) || o.equals(a.owner().isEmpty() ? "(no owner)" : a.owner()))
                && (t == null || ALL.equals(t) || t.equals(a.tier())) && (b == null || ALL.equals(b) || b.equals(a.band().label())));
    }

    public ObservableList<AccountHealth> accounts() {
        return accounts;
    }

    public ObservableList<AccountPage.Person> people() {
        return people;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public ObservableList<String> tiers() {
        return tiers;
    }

    public ObservableList<String> bands() {
        return bands;
    }

    public ObjectProperty<String> ownerProperty() {
        return owner;
    }

    public ObjectProperty<String> tierProperty() {
        return tier;
    }

    public ObjectProperty<String> bandProperty() {
        return band;
    }

    public ReadOnlyStringProperty asOfProperty() {
        return asOf.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AccountPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty peopleShownProperty() {
        return peopleShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty playResultProperty() {
        return playResult.getReadOnlyProperty();
    }

    /** What one background read brings: the book and the prediction check. */
    private record Loaded(AccountAnalysis.Book book, String why) {
    }
}
