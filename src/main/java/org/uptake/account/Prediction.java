package org.uptake.account;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether the score at an earlier day foretold what happened after it: each account scored as of
 * {@code asOf}, then churned or downgraded by the data's last day or not.
 *
 * @param auc       the chance that an account that churned or downgraded scored lower than one that did not
 * @param precision the share of the accounts at risk on {@code asOf} that churned or downgraded
 * @param why       empty when measured; else why not ("not measurable: no outcomes in the data")
 */
public record Prediction(LocalDate asOf, int accounts, int outcomes, int atRisk, int atRiskWithOutcome, Optional<Double> auc,
        Optional<Double> precision, Optional<String> why) {

    /** The one line the screen, the PDF and the CLI show. */
    public String summary() {
        if (why.isPresent()) {
            return why.get();
        }
        return String.format(java.util.Locale.ROOT, "scored as of %s: AUC %.2f over %d accounts (%d churned or downgraded after);"
                + " %s", asOf, auc.orElse(Double.NaN), accounts, outcomes, precision.map(p -> String.format(java.util.Locale.ROOT,
                "%d of the %d at risk then did (precision %.0f%%)", atRiskWithOutcome, atRisk, p * 100))
                .orElse("no account was at risk then"));
    }
}
