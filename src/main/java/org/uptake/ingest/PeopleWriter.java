package org.uptake.ingest;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.workspace.Transaction;

/**
 * People and accounts as an import meets them: new user ids become people, anonymous ids become
 * placeholders until an identify call links them (then their events move to the person), and
 * traits from people files or identify/group calls update what is known. Written at the end of
 * the import, inside its transaction.
 */
final class PeopleWriter implements AutoCloseable {

    static final List<String> PERSON_FIELDS = List.of("account_id", "segment", "plan", "role", "email", "created_at", "opted_out");
    static final List<String> ACCOUNT_FIELDS = List.of("name", "tier", "arr", "csm_owner", "churned_at", "arr_change_at", "arr_after");

    private final Transaction transaction;
    private final PeopleStore store;
    private final WorkspaceIndex index;
    private final long batchId;
    private final List<Object[]> newPeople = new ArrayList<>();
    private final Map<String, Integer> newAliases = new LinkedHashMap<>();
    /** Traits by person (values in PERSON_FIELDS order) and by account (ACCOUNT_FIELDS order): arrays, not maps, since a million people's traits must fit in memory. */
    private final Map<String, String[]> personTraits = new LinkedHashMap<>();
    private final Map<String, String[]> accountTraits = new LinkedHashMap<>();
    /** One instance per repeated value (segment, plan, account id…): identify calls repeat them for every person. */
    private final Map<String, String> shared = new java.util.HashMap<>();
    final Int2IntOpenHashMap merges = new Int2IntOpenHashMap();
    /** People whose row this import inserted, changed or removed: their profile blocks are refreshed at the end. */
    private final it.unimi.dsi.fastutil.ints.IntOpenHashSet written = new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
    /** Placeholders made in this import: their events can be held back and re-pointed before they are written. */
    private final it.unimi.dsi.fastutil.ints.IntOpenHashSet newPlaceholders = new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
    int peopleUpdated;
    int accountsUpdated;
    /** People and accounts the workspace knew before this import: whether the file changed them (re-import tells the truth). */
    int peopleChanged;
    int peopleUnchanged;
    int accountsNew;
    int accountsChanged;
    int accountsUnchanged;
    private final it.unimi.dsi.fastutil.ints.IntOpenHashSet created = new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
    /** People rows held in memory before a people file's rows so far are written (a million people do not fit otherwise). */
    static final int CHUNK = 20_000;
    private int flushedNewPeople;
    /** New people's inserts: the bulk path of {@link NewPeopleInserts} when the person table held no one. */
    private final NewPeopleInserts inserts;

    PeopleWriter(Transaction transaction, WorkspaceIndex index, long batchId) {
        this(transaction, index, batchId, false);
    }

    /**
     * With {@code bulk}, for a people file into a workspace that holds no people yet: every row it
     * writes is a person this import creates, so the batch id takes all of them back if it fails,
     * even after a change of the schema committed them.
     */
    PeopleWriter(Transaction transaction, WorkspaceIndex index, long batchId, boolean bulk) {
        this.transaction = transaction;
        this.store = new PeopleStore(transaction, batchId);
        this.index = index;
        this.batchId = batchId;
        this.inserts = new NewPeopleInserts(store, bulk && index.people.isEmpty() && index.aliases.isEmpty());
    }

    int personFor(String userId, String anonymousId) {
        if (userId != null) {
            int id = index.people.getInt(userId);
            if (id == 0) {
                id = create(userId, false);
            }
            if (anonymousId != null && !anonymousId.equals(userId)) {
                link(anonymousId, id);
            }
            return id;
        }
        int linked = index.aliases.getInt(anonymousId);
        if (linked != 0) {
            return resolve(linked);
        }
        int placeholder = index.people.getInt(anonymousId);
        if (placeholder == 0) {
            placeholder = create(anonymousId, true);
            index.aliases.put(anonymousId, placeholder);
            newAliases.put(anonymousId, placeholder);
        }
        return resolve(placeholder);
    }

    /** An identify call: the person's traits, and the link from the anonymous id that preceded sign-in. */
    void identify(String userId, String anonymousId, Map<String, String> traits) {
        personFor(userId, anonymousId);
        String[] known = null;
        for (Map.Entry<String, String> t : traits.entrySet()) {
            int field = PERSON_FIELDS.indexOf(ColumnNames.normalize(t.getKey()));
            if (field >= 0) {
                if (known == null) {
                    known = personTraits.computeIfAbsent(userId, u -> new String[PERSON_FIELDS.size()]);
                }
                known[field] = value(field, t.getValue());
            }
        }
    }

    /** Emails and creation times are unique; every other value repeats across people and is shared. */
    private String value(int personField, String v) {
        String name = PERSON_FIELDS.get(personField);
        return v == null || name.equals("email") || name.equals("created_at") ? v : shared.computeIfAbsent(v, x -> x);
    }

    /** A group call: the person's account, and the account's traits. */
    void group(String userId, String accountId, Map<String, String> traits) {
        personFor(userId, null);
        personTraits.computeIfAbsent(userId, u -> new String[PERSON_FIELDS.size()])[PERSON_FIELDS.indexOf("account_id")] =
                shared.computeIfAbsent(accountId, x -> x);
        String[] fields = accountTraits.computeIfAbsent(shared.computeIfAbsent(accountId, x -> x), a -> new String[ACCOUNT_FIELDS.size()]);
        traits.forEach((k, v) -> {
            int field = ACCOUNT_FIELDS.indexOf(ColumnNames.normalize(k));
            if (field >= 0) {
                fields[field] = v;
            }
        });
    }

    /** A row of a people file. */
    void person(String userId, Map<String, String> fields) {
        personFor(userId, null);
        String[] known = personTraits.computeIfAbsent(userId, u -> new String[PERSON_FIELDS.size()]);
        fields.forEach((k, v) -> {
            int field = PERSON_FIELDS.indexOf(k);
            if (field >= 0) {
                known[field] = value(field, v);
            }
        });
    }

    /** A row of an accounts file. */
    void account(String accountId, Map<String, String> fields) {
        String[] known = accountTraits.computeIfAbsent(accountId, a -> new String[ACCOUNT_FIELDS.size()]);
        fields.forEach((k, v) -> {
            int field = ACCOUNT_FIELDS.indexOf(k);
            if (field >= 0) {
                known[field] = v;
            }
        });
    }

    private void link(String anonymousId, int personId) {
        int existing = index.aliases.getInt(anonymousId);
        if (existing == personId) {
            return;
        }
        index.aliases.put(anonymousId, personId);
        newAliases.put(anonymousId, personId);
        if (existing != 0) {
            merge(existing, personId);
        }
        int placeholder = index.people.getInt(anonymousId);
        if (placeholder != 0 && placeholder != personId) {
            merge(placeholder, personId);
            index.people.removeInt(anonymousId);
        }
    }

    private void merge(int from, int to) {
        int target = resolve(to);
        if (from != target) {
            merges.put(from, target);
        }
    }

    int resolve(int person) {
        int current = person;
        while (merges.containsKey(current)) {
            current = merges.get(current);
        }
        return current;
    }

    private int create(String userId, boolean anonymous) {
        int id = index.nextPersonId++;
        index.people.put(userId, id);
        newPeople.add(new Object[] {id, userId, anonymous});
        created.add(id);
        if (anonymous) {
            newPlaceholders.add(id);
        }
        return id;
    }

    boolean isNewPlaceholder(int person) {
        return newPlaceholders.contains(person);
    }

    int newPeople() {
        return flushedNewPeople + (int) newPeople.stream().filter(p -> !(Boolean) p[2]).count();
    }

    /**
     * Writes the people and traits the rows so far hold, inside the import's transaction, once
     * {@link #CHUNK} of them wait — only while nothing is pending that a later row could change
     * (merges, anonymous links, placeholders), which a people file never makes.
     */
    void flushPeopleIfLarge() {
        if (personTraits.size() < CHUNK || !merges.isEmpty() || !newAliases.isEmpty() || !newPlaceholders.isEmpty()) {
            return;
        }
        insertNewPeople(true);
        writePeople();
        flushedNewPeople += (int) newPeople.stream().filter(p -> !(Boolean) p[2]).count();
        newPeople.clear();
        personTraits.clear();
    }

    /** Writes new people, links, merges and traits. */
    void flush() {
        inserts.awaitWritten();
        insertNewPeople(false);
        Map<String, Integer> aliases = new LinkedHashMap<>();
        newAliases.forEach((anonymousId, person) -> aliases.put(anonymousId, resolve(person)));
        store.linkAliases(aliases);
        Int2IntOpenHashMap earlier = new Int2IntOpenHashMap();
        mergedPairs().int2IntEntrySet().forEach(e -> {
            if (!newPlaceholders.contains(e.getIntKey())) {
                earlier.put(e.getIntKey(), e.getIntValue());
            }
        });
        if (!earlier.isEmpty()) {
            // Placeholders from earlier imports already have rows everywhere: move them in the database.
            RollupQueries.movePeople(transaction, earlier);
        }
        writeAccounts();
        writePeople();
        inserts.restoreIndex();
        written.addAll(merges.keySet());
        store.refreshProfiles(written);
        written.clear();
    }

    /**
     * Inserts the people this import created. A person new in this import is inserted with the
     * traits the rows so far gave (one write, no lookup); only people the workspace already knew go
     * through the look-up-and-update of {@link #writePeople}.
     */
    private void insertNewPeople(boolean behindReading) {
        List<PeopleStore.NewPerson> rows = new ArrayList<>();
        for (Object[] p : newPeople) {
            if (merges.containsKey((int) (Integer) p[0])) {
                // A placeholder of this import merged into a person: it never needs a row.
                continue;
            }
            written.add((int) (Integer) p[0]);
            String userId = (String) p[1];
            String[] traits = (Boolean) p[2] ? null : personTraits.remove(userId);
            if (traits != null) {
                peopleUpdated++;
            }
            rows.add(new PeopleStore.NewPerson((Integer) p[0], userId, (Boolean) p[2], traits == null ? null : traits(userId, traits)));
        }
        inserts.insert(rows, behindReading);
    }

    /** Waits for a chunk still being written: after a failure, before the import rolls back. */
    @Override
    public void close() {
        inserts.close();
    }

    private PeopleStore.PersonTraits traits(String userId, String[] f) {
        return new PeopleStore.PersonTraits(userId, TraitValues.blankToNull(f[0]), TraitValues.blankToNull(f[1]), TraitValues.blankToNull(f[2]), TraitValues.blankToNull(f[3]),
                TraitValues.blankToNull(f[4]), instant(f[5]), TraitValues.bool(f[6]));
    }

    Int2IntOpenHashMap mergedPairs() {
        Int2IntOpenHashMap resolved = new Int2IntOpenHashMap();
        merges.keySet().forEach(from -> resolved.put(from, resolve(from)));
        return resolved;
    }

    private void writeAccounts() {
        if (accountTraits.isEmpty()) {
            return;
        }
        Map<String, Object[]> stored = store.storedAccounts(accountTraits.keySet());
        List<PeopleStore.AccountTraits> rows = new ArrayList<>();
        for (Map.Entry<String, String[]> a : accountTraits.entrySet()) {
            Object[] known = stored.get(a.getKey());
            if (known == null) {
                accountsNew++;
            } else if (unchangedAccount(a.getValue(), known)) {
                accountsUnchanged++;
                continue;
            } else {
                accountsChanged++;
            }
            String[] f = a.getValue();
            rows.add(new PeopleStore.AccountTraits(a.getKey(), TraitValues.blankToNull(f[ACCOUNT_FIELDS.indexOf("name")]),
                    TraitValues.blankToNull(f[ACCOUNT_FIELDS.indexOf("tier")]), TraitValues.decimal(f[ACCOUNT_FIELDS.indexOf("arr")]),
                    TraitValues.blankToNull(f[ACCOUNT_FIELDS.indexOf("csm_owner")]), TraitValues.date(f[ACCOUNT_FIELDS.indexOf("churned_at")]),
                    TraitValues.date(f[ACCOUNT_FIELDS.indexOf("arr_change_at")]), TraitValues.decimal(f[ACCOUNT_FIELDS.indexOf("arr_after")])));
        }
        store.writeAccounts(rows);
        accountsUpdated = accountTraits.size();
    }

    private static boolean unchangedAccount(String[] f, Object[] known) {
        if (known == null) {
            return false;
        }
        for (int i = 0; i < ACCOUNT_FIELDS.size(); i++) {
            if (ACCOUNT_FIELDS.get(i).equals("arr") || ACCOUNT_FIELDS.get(i).equals("arr_after")) {
                java.math.BigDecimal arr = TraitValues.decimal(f[i]);
                if (arr != null && (known[i] == null || arr.compareTo((java.math.BigDecimal) known[i]) != 0)) {
                    return false;
                }
            } else {
                String v = ACCOUNT_FIELDS.get(i).endsWith("_at") ? java.util.Objects.toString(TraitValues.date(f[i]), null) : TraitValues.blankToNull(f[i]);
                if (v != null && !v.equals(known[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    private void writePeople() {
        // Empty: nothing is looked up, and the store writes nothing.
        Map<String, Object[]> stored = store.storedPeople(personTraits.keySet());
        List<PeopleStore.PersonTraits> rows = new ArrayList<>();
        for (Map.Entry<String, String[]> p : personTraits.entrySet()) {
            String[] f = p.getValue();
            boolean known = !created.contains(index.people.getInt(p.getKey()));
            if (unchanged(f, stored.get(p.getKey()))) {
                if (known) {
                    peopleUnchanged++;
                }
                continue;
            }
            if (known) {
                peopleChanged++;
            }
            this.written.add(index.people.getInt(p.getKey()));
            rows.add(traits(p.getKey(), f));
        }
        store.writePeople(rows);
        peopleUpdated += personTraits.size();
    }

    /** Every trait the row brings is already stored, and the person is no longer anonymous. */
    private boolean unchanged(String[] f, Object[] known) {
        if (known == null || (Boolean) known[7]) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            String v = TraitValues.blankToNull(f[i]);
            if (v != null && !v.equals(known[i])) {
                return false;
            }
        }
        if (TraitValues.blankToNull(f[5]) != null) {
            OffsetDateTime created = instant(f[5]);
            if (created == null || !created.toInstant().equals(known[5])) {
                return false;
            }
        }
        Boolean optedOut = TraitValues.bool(f[6]);
        return optedOut == null || optedOut.equals(known[6]);
    }

    /** The parser of the last creation time seen: a file writes them all alike, so detection runs once, not per person. */
    private Timestamps createdParser;

    private OffsetDateTime instant(String value) {
        String v = TraitValues.blankToNull(value);
        if (v == null) {
            return null;
        }
        if (createdParser != null) {
            try {
                return Instant.ofEpochMilli(createdParser.parse(v)).atOffset(ZoneOffset.UTC);
            } catch (RuntimeException e) {
                // Another format: detect it below.
            }
        }
        try {
            TimestampFormat format = Timestamps.detect(List.of(v));
            if (format == TimestampFormat.AMBIGUOUS_DAY_MONTH) {
                return null;
            }
            createdParser = new Timestamps(format, ZoneOffset.UTC);
            return Instant.ofEpochMilli(createdParser.parse(v)).atOffset(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }


}
