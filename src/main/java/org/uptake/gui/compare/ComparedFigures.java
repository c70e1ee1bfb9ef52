package org.uptake.gui.compare;

import java.util.List;
import org.uptake.adoption.AdoptionComparison;
import org.uptake.adoption.Period;
import org.uptake.adoption.RateComparison;
import org.uptake.struggle.StruggleComparison;

/** What the "Compare to" pane shows, whichever screen it sits on: the two windows, the figures, how and with what caveats. */
public record ComparedFigures(Period current, Period other, List<RateComparison> figures, String definition, String method,
        List<String> caveats) {

    public ComparedFigures {
        figures = List.copyOf(figures);
        caveats = List.copyOf(caveats);
    }

    public static ComparedFigures of(AdoptionComparison c) {
        return new ComparedFigures(c.current(), c.other(), c.figures(), "Adoption: " + AdoptionComparison.DEFINITION + " ("
                + c.audience() + "). Funnel conversion: of the people who entered the funnel in a window, the share who finished it.",
                c.method(), c.caveats());
    }

    public static ComparedFigures of(StruggleComparison c) {
        return new ComparedFigures(c.current(), c.other(), c.figures(), "Struggle share: of the people who entered the feature in a"
                + " window, the share struggling. Ticket rate: of the people active in it, the share who filed a ticket about it.",
                c.method(), c.caveats());
    }
}
