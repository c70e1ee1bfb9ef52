package org.uptake.adoption;

/**
 * Which people stand behind a number on the Adoption screen: a KPI (active, adopters, abandoned,
 * reverted, stopped, non-adopters), a breakdown value (attribute = value), or a funnel step reached,
 * optionally within one breakdown group.
 */
public record PeopleQuery(Kind kind, String attribute, String value, int step, FunnelReport.Breakdown by, String columnAttribute,
        String columnValue) {

    /** The kinds of number people can be asked for. */
    public enum Kind { ACTIVE, ADOPTERS, NON_ADOPTERS, ABANDONED, REVERTED, STOPPED, BREAKDOWN, CELL, FUNNEL_STEP }

    public static PeopleQuery of(Kind kind) {
        return new PeopleQuery(kind, null, null, 0, FunnelReport.Breakdown.NONE, null, null);
    }

    /** Active people whose segment, plan or role has this value ("(none)" for none). */
    public static PeopleQuery breakdown(String attribute, String value) {
        return new PeopleQuery(Kind.BREAKDOWN, attribute, value, 0, FunnelReport.Breakdown.NONE, null, null);
    }

    /** Active people in one cell of a cross breakdown: {@code attribute} = {@code value} and {@code columnAttribute} = {@code columnValue}. */
    public static PeopleQuery cell(String attribute, String value, String columnAttribute, String columnValue) {
        return new PeopleQuery(Kind.CELL, attribute, value, 0, FunnelReport.Breakdown.NONE, columnAttribute, columnValue);
    }

    /** People who reached funnel step {@code step} (0-based) within the group {@code value} of {@code by}. */
    public static PeopleQuery funnelStep(int step, FunnelReport.Breakdown by, String value) {
        return new PeopleQuery(Kind.FUNNEL_STEP, null, value, step, by, null, null);
    }

    /** The title of the people list, in the screen's words. */
    public String describe(java.util.List<String> funnel) {
        return switch (kind) {
            case ACTIVE -> "Active people";
            case ADOPTERS -> "Adopters";
            case NON_ADOPTERS -> "Active people who have not adopted";
            case ABANDONED -> "People who entered the funnel and did not finish";
            case REVERTED -> "People who reverted within 24 h";
            case STOPPED -> "Adopters who stopped using it";
            case BREAKDOWN -> "Active people with " + attribute + " " + value;
            case CELL -> "Active people with " + attribute + " " + value + " and " + columnAttribute + " " + columnValue;
            case FUNNEL_STEP -> "People who reached " + (step < funnel.size() ? funnel.get(step) : "step " + (step + 1))
                    + (by == FunnelReport.Breakdown.NONE ? "" : " (" + by.label() + " " + value + ")");
        };
    }
}
