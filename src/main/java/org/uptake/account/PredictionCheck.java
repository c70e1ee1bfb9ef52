package org.uptake.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.uptake.workspace.AccountStore.StoredAccount;

/** Scores at an earlier day against what happened after it: AUC (Mann–Whitney) and the at-risk band's precision. */
final class PredictionCheck {

    private PredictionCheck() {
    }

    static Prediction notMeasurable(LocalDate asOf, String why) {
        return new Prediction(asOf, 0, 0, 0, 0, Optional.empty(), Optional.empty(), Optional.of(why));
    }

    /** {@code then}: every account scored as of {@code asOf}; an outcome is a churn, or an ARR cut, after it and by {@code last}. */
    static Prediction measure(LocalDate asOf, LocalDate last, List<AccountHealth> then, List<StoredAccount> accounts) {
        Map<String, StoredAccount> byId = accounts.stream().collect(Collectors.toMap(StoredAccount::id, Function.identity()));
        List<Integer> positive = new ArrayList<>();
        List<Integer> negative = new ArrayList<>();
        int atRisk = 0;
        int atRiskHit = 0;
        for (AccountHealth h : then) {
            if (h.health().isEmpty()) {
                continue; // too small, or already churned by then
            }
            boolean outcome = outcome(byId.get(h.accountId()), asOf, last);
            (outcome ? positive : negative).add(h.health().getAsInt());
            if (h.band() == Band.AT_RISK) {
                atRisk++;
                atRiskHit += outcome ? 1 : 0;
            }
        }
        if (positive.isEmpty()) {
            return notMeasurable(asOf, "not measurable: no scored account churned or downgraded between " + asOf + " and " + last);
        }
        if (negative.isEmpty()) {
            return notMeasurable(asOf, "not measurable: every scored account churned or downgraded after " + asOf);
        }
        // AUC of risk (a lower score should mean churn): pairs where the churned account scored lower, ties half.
        // Scores are 0 to 100, so counting the negatives per score makes this linear in the accounts, not quadratic.
        long[] negativesAt = new long[102];
        negative.forEach(n -> negativesAt[n]++);
        long[] negativesAbove = new long[102];
        for (int s = 99; s >= 0; s--) {
            negativesAbove[s] = negativesAbove[s + 1] + negativesAt[s + 1];
        }
        double wins = 0;
        for (int p : positive) {
            wins += negativesAbove[p] + 0.5 * negativesAt[p];
        }
        double auc = wins / ((double) positive.size() * negative.size());
        return new Prediction(asOf, positive.size() + negative.size(), positive.size(), atRisk, atRiskHit, Optional.of(auc),
                atRisk == 0 ? Optional.empty() : Optional.of(atRiskHit / (double) atRisk), Optional.empty());
    }

    static boolean outcome(StoredAccount a, LocalDate asOf, LocalDate last) {
        boolean churned = a.churnedAt().filter(d -> d.isAfter(asOf) && !d.isAfter(last)).isPresent();
        boolean downgraded = a.arrChangeAt().filter(d -> d.isAfter(asOf) && !d.isAfter(last)).isPresent()
                && a.arrAfter().filter(after -> after < a.arr()).isPresent();
        return churned || downgraded;
    }
}
