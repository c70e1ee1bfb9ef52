package org.uptake.ingest;

/** The values of people and account files as they are stored: blank is "not given", and dates, amounts and yes/no are read leniently. */
final class TraitValues {

    private TraitValues() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An outcome date of accounts.csv: an ISO date, or the date part of an ISO timestamp; null when blank or not a date. */
    static java.time.LocalDate date(String value) {
        String v = blankToNull(value);
        if (v == null || v.length() < 10) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(v.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static java.math.BigDecimal decimal(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(v.replace(",", "").replace("$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }


    static Boolean bool(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
