package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the sniffer makes of headers from real tools, and the columns it suggests from names and values. */
class ColumnSuggestionsTest {

    /** The header and first row of a ServiceNow incident event log (UCI, anonymised). */
    private static final String SERVICENOW = "number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,"
            + "made_sla,caller_id,opened_by,opened_at,sys_created_by,sys_created_at,sys_updated_by,sys_updated_at,"
            + "contact_type,location,category,subcategory,u_symptom,cmdb_ci,impact,urgency,priority,assignment_group,"
            + "assigned_to,knowledge,u_priority_confirmation,notify,problem_id,rfc,vendor,caused_by,closed_code,"
            + "resolved_by,resolved_at,closed_at\n"
            + "INC0000045,New,true,0,0,0,true,Caller 2403,Opened by  8,29/2/2016 01:16,Created by 6,29/2/2016 01:23,"
            + "Updated by 21,29/2/2016 01:23,Phone,Location 143,Category 55,Subcategory 170,Symptom 72,?,2 - Medium,"
            + "2 - Medium,3 - Moderate,Group 56,?,true,false,Do Not Notify,?,?,?,?,code 5,Resolved by 149,29/2/2016 11:29,"
            + "5/3/2016 12:00\n";

    @TempDir
    Path temp;

    private final Sniffer sniffer = new Sniffer();

    @Test
    void aServiceNowIncidentLogIsProbablyTicketsWithItsOwnColumnNames() throws IOException {
        FileSniff sniff = sniffer.sniff(Fixtures.text(temp, "incident_event_log.csv", SERVICENOW));
        assertEquals(List.of(SourceKind.TICKETS, Recognition.Level.LIKELY), List.of(sniff.kind(), sniff.recognition()));
        ImportPlan plan = ImportPlan.suggested(sniff);
        assertEquals(Map.of("ticket_id", "number", "user_id", "caller_id", "created_at", "opened_at",
                "updated_at", "sys_updated_at", "tags", "category", "status", "incident_state"), plan.mapping().columns());
        assertEquals(TimestampFormat.DAY_FIRST, plan.mapping().timestampFormat());
        assertEquals(List.of("probably support tickets: check its columns", ""), List.of(sniff.recognisedAs(), plan.problem()));
    }

    @Test
    void aClickstreamWithLooseNamesIsProbablyEvents() throws IOException {
        FileSniff sniff = sniffer.sniff(Fixtures.text(temp, "clicks.csv", "anonymous_id,visitor_id,page_url,clicked_at,session_key,referrer\n"
                + "a-1,v-9,/pricing,2026-03-03T10:00:00Z,s1,google\n"
                + "a-2,,/signup,2026-03-03T10:01:00Z,s2,\n"));
        assertEquals(List.of(SourceKind.EVENTS, Recognition.Level.LIKELY), List.of(sniff.kind(), sniff.recognition()));
        assertEquals(Map.of("anonymous_id", "anonymous_id", "user_id", "visitor_id", "event", "page_url",
                "timestamp", "clicked_at", "session_id", "session_key"), ImportPlan.suggested(sniff).mapping().columns());
    }

    @Test
    void anAmplitudeCsvIsRecognisedByItsNames() throws IOException {
        FileSniff sniff = sniffer.sniff(Fixtures.text(temp, "amplitude.csv", "user_id,device_id,event_type,event_time,event_properties\n"
                + "u1,d1,chart_opened,2026-03-03 10:00:00.000000,{}\n"));
        assertEquals(List.of(SourceKind.EVENTS, Recognition.Level.RECOGNISED, "events · Uptake canonical"),
                List.of(sniff.kind(), sniff.recognition(), sniff.recognisedAs()));
    }

    @Test
    void aClickStudyIsNotRecognisedThoughOneColumnIsCalledSubject() throws IOException {
        FileSniff sniff = sniffer.sniff(Fixtures.text(temp, "raw_data.csv", ",typ,iLTs,ACR,net_delay,mouse_clicks,subject\n"
                + "0,map,\"1555082919042:6055,1555082938657:1845\",1,600ms,\"0:Down:1555082922055:101:168:0\",1\n"
                + "1,map,1555082986828,1,1500ms,\"-9:Down:1555082952719:112:160:0\",1\n"));
        assertEquals(Recognition.Level.NOT_RECOGNISED, sniff.recognition());
        assertEquals(List.of("Not recognised: map its columns",
                "Not recognised: choose what it holds and map a column to ticket_id, created_at."),
                List.of(sniff.recognisedAs(), ImportPlan.suggested(sniff).problem()));
    }

    @Test
    void aShopClickstreamWithoutTimestampsOrPeopleIsNotRecognised() throws IOException {
        FileSniff sniff = sniffer.sniff(Fixtures.text(temp, "e-shop.csv", "year,month,day,order,country,session ID,"
                + "page 1 (main category),page 2 (clothing model),colour,location,model photography,price,price 2,page\n"
                + "2008,4,1,1,29,1,1,A13,1,5,1,28,2,1\n"));
        assertEquals(Recognition.Level.NOT_RECOGNISED, sniff.recognition());
    }

    @Test
    void aZendeskExportIsRecognisedAndMappedByItsNames() throws IOException {
        FileSniff sniff = sniffer.sniff(Fixtures.text(temp, "export.csv",
                "Id,Subject,Status,Requester,Requester email,Created at,Updated at,Tags,Description\n"
                + "7,Cannot save layout,open,Ann,ann@example.com,2026-03-03 10:00:00,2026-03-04 09:00:00,dashboard,It spins\n"));
        assertEquals(List.of(SourceKind.TICKETS, Dialect.ZENDESK, Recognition.Level.RECOGNISED),
                List.of(sniff.kind(), sniff.dialect(), sniff.recognition()));
        assertEquals(Map.of("ticket_id", "Id", "requester_email", "Requester email", "created_at", "Created at",
                "updated_at", "Updated at", "subject", "Subject", "body", "Description", "tags", "Tags", "status", "Status"),
                ImportPlan.suggested(sniff).mapping().columns());
    }

    @Test
    void aColumnOfEmailsIsSuggestedAsTheEmailWhateverItsName() {
        List<String> header = List.of("uid", "mail", "company");
        List<List<String>> rows = List.of(List.of("u1", "ann@example.com", "Acme"), List.of("u2", "", "Acme"),
                List.of("u3", "bo@example.org", "Initech"));
        assertEquals(new Recognition(SourceKind.PEOPLE, Recognition.Level.LIKELY),
                ColumnSuggestions.recognise(header, rows, SourceKind.PEOPLE));
        assertEquals(Map.of("user_id", "uid", "email", "mail"), ColumnSuggestions.suggest(SourceKind.PEOPLE, header, rows).columns());
    }

    @Test
    void aBareYearOrCountIsNotATimestamp() {
        assertEquals(List.of(true, true, true, true, false, false),
                List.of("2026-03-03", "29/2/2016 01:16", "1772532000", "1555082986828", "2008", "12345678901").stream()
                        .map(ColumnSuggestions::looksLikeTimestamp).toList());
    }
}
