package org.uptake.report;

/** Cell values made safe for spreadsheets that open CSV files. */
public final class Csv {

    private Csv() {
    }

    /**
     * A value a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a
     * leading apostrophe (OWASP's advice against CSV injection); everything else is left as it is.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
