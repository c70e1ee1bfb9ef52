package org.uptake.watch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.uptake.account.AccountAnalysis;
import org.uptake.account.AccountHealth;
import org.uptake.account.RiskReason;
import org.uptake.model.Figures;

/**
 * An account is at risk under the account health score's own rules (DESIGN §5: falling activity, a key
 * feature stopped, a rise in struggles or tickets), with the score's thresholds. A fall in activity
 * alone also carries a test of how sure it is; the other reasons carry their tests in the score itself.
 */
public final class AccountRiskRule implements AlertRule {

    public static final String NAME = "account-at-risk";

    private final Supplier<AccountAnalysis.Book> book;

    /** @param book the book of business as of the data's last day (read when the rule runs, so a workspace without accounts costs nothing) */
    public AccountRiskRule(Supplier<AccountAnalysis.Book> book) {
        this.book = book;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> evaluate(WatchedData data) {
        List<Finding> found = new ArrayList<>();
        for (AccountHealth a : book.get().atRisk()) {
            boolean onlyDecline = a.reasons().stream().allMatch(r -> r.kind() == RiskReason.Kind.ACTIVITY_DECLINE);
            Double p = null;
            String significance = "the account score's rules: " + a.reasons().stream().map(RiskReason::text).collect(Collectors.joining("; "));
            if (onlyDecline) {
                // Every account the book calls at risk is an alert, so the Accounts screen and the alerts agree; how sure a
                // fall in a small account's activity is, the test says (6 people to 3 is p = 0.25: it could be chance).
                p = Significance.fell(a.previousActivePeople(), a.activePeople());
                significance = Significance.describe(p, "binomial test of the two windows' active people, one-sided")
                        + (p < data.settings().alpha() ? "" : ": could be chance at this size");
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("arr", a.arr());
            a.health().ifPresent(h -> figures.put("health", h));
            figures.put("activePeople", a.activePeople());
            figures.put("previousActivePeople", a.previousActivePeople());
            figures.put("people", a.people());
            figures.put("reasons", a.reasons().stream().map(RiskReason::text).toList());
            String name = a.name() == null || a.name().isBlank() ? a.accountId() : a.name();
            found.add(new Finding(NAME, NAME + ":" + a.accountId(), null, a.accountId(),
                    name + " (ARR " + Figures.count(Math.round(a.arr())) + ", " + (a.owner() == null || a.owner().isBlank() ? "no owner" : a.owner())
                            + ") is at risk: " + a.reasons().get(0).text(),
                    figures, p, significance, "Accounts"));
        }
        return found;
    }
}
