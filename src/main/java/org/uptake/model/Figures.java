package org.uptake.model;

import java.util.Locale;

/**
 * The one way Uptake writes numbers for people, in one explicit locale, so the GUI, the CLI, the CSV
 * and the PDF print the same figure the same way whatever the machine's default locale is
 * (after JabRef's LocalizedNumbers). A figure that cannot be computed prints as "–".
 */
public final class Figures {

    /** Uptake's texts are English; its numbers follow them, never the machine's default locale. */
    public static final Locale LOCALE = Locale.ENGLISH;
    private static final String NONE = "–";

    private Figures() {
    }

    /** A whole count with thousands separators: "2,780". */
    public static String count(long n) {
        // What String.format(LOCALE, "%,d", n) writes, without a Formatter: a refresh at a million people writes some
        // thousands of alerts' headlines and reasons, and formatting them was a second of the JIT's time.
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + (length - 1) / 3);
        out.append(digits, 0, sign);
        int firstGroup = length % 3 == 0 ? 3 : length % 3;
        out.append(digits, sign, sign + firstGroup);
        for (int i = sign + firstGroup; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** A share (0.34) as a percentage with the given decimals: "34.0%". */
    public static String percent(double share, int decimals) {
        return Double.isFinite(share) ? String.format(LOCALE, "%,." + decimals + "f%%", 100 * share) : NONE;
    }

    /** A signed change (−0.139) as a percentage: "-13.9%", "+2.0%". */
    public static String signedPercent(double change, int decimals) {
        return Double.isFinite(change) ? String.format(LOCALE, "%+,." + decimals + "f%%", 100 * change) : NONE;
    }

    /** A difference of two shares in percentage points: "+18 points". */
    public static String points(double difference) {
        return Double.isFinite(difference) ? String.format(LOCALE, "%+.0f points", 100 * difference) : NONE;
    }

    /** A plain number with the given decimals: "3.6". */
    public static String decimal(double value, int decimals) {
        return Double.isFinite(value) ? String.format(LOCALE, "%,." + decimals + "f", value) : NONE;
    }

    /** A number of days with one decimal: "3.6 days". */
    public static String days(double days) {
        return Double.isFinite(days) ? decimal(days, 1) + " days" : NONE;
    }

    /** A number for a machine-read file (CSV): full precision, no grouping, empty when it cannot be computed. */
    public static String exact(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }
}
