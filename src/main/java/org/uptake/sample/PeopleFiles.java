package org.uptake.sample;

import java.io.IOException;
import java.util.List;

/** people.csv, accounts.csv and outreach-history.csv (the earlier email campaign and its held-out control group). */
final class PeopleFiles implements AutoCloseable {

    static final String PEOPLE = "people.csv";
    static final String ACCOUNTS = "accounts.csv";
    static final String OUTREACH = "outreach-history.csv";

    private final OutputFiles files;
    private final CsvRows people;
    private final CsvRows outreach;
    private long accountRows;

    PeopleFiles(OutputFiles files) throws IOException {
        this.files = files;
        this.people = new CsvRows(files.plain(PEOPLE), "user_id", "account_id", "segment", "plan", "role", "email",
                "created_at", "opted_out");
        this.outreach = new CsvRows(files.plain(OUTREACH), "campaign_id", "user_id", "group", "channel", "sent_at", "subject");
    }

    void write(PersonTimeline timeline) throws IOException {
        SamplePerson p = timeline.person();
        people.row(p.userId(), p.account().id(), p.segment().label, p.plan(), p.role(), p.email(),
                EventFormats.utc(p.createdAt()), Boolean.toString(p.optedOut()));
        DashboardRole role = timeline.role();
        if (role.inCampaign() || role.inControl()) {
            outreach.row(StoryTally.CAMPAIGN_ID, p.userId(), role.inCampaign() ? "treatment" : "control", "email",
                    ScenarioDates.CAMPAIGN_SENT.toString(),
                    role.inCampaign() ? "Put the numbers you check every day at the top of your dashboard" : "");
        }
    }

    void writeAccounts(List<SampleAccount> accounts) throws IOException {
        try (CsvRows rows = new CsvRows(files.plain(ACCOUNTS), "account_id", "name", "tier", "arr", "csm_owner",
                "churned_at", "arr_change_at", "arr_after")) {
            for (SampleAccount a : accounts) {
                rows.row(a.id(), a.name(), a.tier(), Long.toString(a.arr()), a.csmOwner(), text(a.churnedAt()), text(a.arrChangeAt()),
                        a.arrAfter() == null ? "" : Long.toString(a.arrAfter()));
            }
            accountRows = rows.count();
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    long peopleRows() {
        return people.count();
    }

    long accountRows() {
        return accountRows;
    }

    long outreachRows() {
        return outreach.count();
    }

    @Override
    public void close() throws IOException {
        people.close();
        outreach.close();
    }
}
