package org.uptake.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.uptake.account.AccountAnalysis;
import org.uptake.account.AccountHealth;
import org.uptake.account.Band;
import org.uptake.account.RiskReason;

/** An account at risk is an alert about that account, saying how sure a fall in its activity is. */
class AccountRiskRuleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 31);

    @Test
    void anAccountAtRiskRaisesOneAlertAboutItAndSaysWhenItsDipCouldBeChance() {
        AccountHealth falling = account("A-1", "Kestrel Freight", 40, 12, 30,
                new RiskReason(RiskReason.Kind.ACTIVITY_DECLINE, "active people down 60%: 12 in the last 28 days, 30 in the 28 before", ""));
        AccountHealth dip = account("A-2", "Heron Labs", 10, 4, 6,
                new RiskReason(RiskReason.Kind.ACTIVITY_DECLINE, "active people down 33%: 4 in the last 28 days, 6 in the 28 before", ""));
        AccountHealth stopped = account("A-3", null, 12, 9, 9,
                new RiskReason(RiskReason.Kind.FEATURE_STOPPED, "Dashboards stopped by 5 of its 7 users", "dash"));
        AccountHealth healthy = new AccountHealth("A-4", "Calm Co", "Lee", "mid", 900, 10, 10, 10, OptionalDouble.of(0), OptionalInt.of(90),
                Band.HEALTHY, List.of(), List.of(), 0, 0, List.of());
        AccountAnalysis.Book book = new AccountAnalysis.Book(DAY, List.of(falling, dip, stopped, healthy), List.of());

        List<Finding> found = new AccountRiskRule(() -> book).evaluate(new WatchedData(DAY, WatchSettings.DEFAULTS, List.of(), null, null, null));

        assertEquals(List.of("account-at-risk:A-1", "account-at-risk:A-2", "account-at-risk:A-3"),
                found.stream().map(Finding::conditionKey).toList());
        // 4 of the 10 counts in the recent window: P(X ≤ 4 | n = 10, ½) = 0.377.
        assertEquals(0.377, found.get(1).pValue(), 0.001);
        assertEquals("p = 0.377 (binomial test of the two windows' active people, one-sided): could be chance at this size",
                found.get(1).significance());
        assertEquals("p = 0.004 (binomial test of the two windows' active people, one-sided)", found.get(0).significance());
        Finding first = found.get(0);
        assertEquals("A-1", first.accountKey());
        assertNull(first.featureKey());
        assertEquals("Accounts", first.screen());
        assertEquals("Kestrel Freight (ARR 5,000, Lee) is at risk: active people down 60%: 12 in the last 28 days, 30 in the 28 before",
                first.headline());
        // 12 of the 42 active-people counts fall in the recent window where chance puts half: P(X ≤ 12 | n = 42, ½).
        assertEquals(0.00396, first.pValue(), 0.00001);
        assertEquals(12, first.figures().get("activePeople"));
        assertEquals(30, first.figures().get("previousActivePeople"));
        Finding byRule = found.get(2);
        assertNull(byRule.pValue(), "a stopped key feature is a threshold of the score, not an estimate");
        assertTrue(byRule.headline().startsWith("A-3 (ARR 5,000, no owner) is at risk: Dashboards stopped"), byRule.headline());
    }

    private static AccountHealth account(String id, String name, int people, int active, int previous, RiskReason reason) {
        return new AccountHealth(id, name, id.equals("A-3") ? "" : "Lee", "mid", 5000, people, active, previous,
                OptionalDouble.of(active / (double) previous - 1), OptionalInt.of(35), Band.AT_RISK, List.of(), List.of(reason), 0, 0, List.of());
    }
}
