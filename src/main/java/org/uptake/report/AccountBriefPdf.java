package org.uptake.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.uptake.account.AccountHealth;
import org.uptake.account.AccountPage;
import org.uptake.account.HealthPart;
import org.uptake.account.RiskReason;
import org.uptake.model.Figures;
import org.uptake.workspace.ExportFile;

/**
 * The account brief a CSM takes to a business review, in the impact report's layout: health and its
 * parts, adoption against the segment, wins (features adopted, with dates), risks, recommended plays and contacts.
 */
public final class AccountBriefPdf {

    private AccountBriefPdf() {
    }

    public static void write(AccountPage page, ExportFile file) {
        AccountHealth h = page.health();
        try (PdfLayout pdf = new PdfLayout("Account brief: " + h.name(), "Uptake · account brief of " + h.name() + " · data to "
                + page.asOf())) {
            pdf.titlePage("Account brief", h.name() + " (" + h.accountId() + ")", List.of(
                    (h.tier() == null ? "" : h.tier() + " · ") + "ARR " + String.format(Figures.LOCALE, "%,.0f", h.arr())
                            + (h.owner().isEmpty() ? "" : " · CSM " + h.owner()),
                    "Health " + (h.health().isPresent() ? h.health().getAsInt() + " of 100 · " : "") + h.band().label() + " · data to "
                            + page.asOf()),
                    "Every figure comes from the product-analytics exports in this workspace, as of the data's last day.");
            pdf.heading("Health");
            List<List<String>> parts = new ArrayList<>();
            for (HealthPart p : h.parts()) {
                parts.add(List.of(p.name(), p.measured(), p.weight() == 0 ? "not counted" : String.format(Locale.ROOT, "%.0f of %.0f",
                        p.score() * p.weight(), p.weight())));
            }
            if (parts.isEmpty()) {
                pdf.paragraph("Not scored: " + h.band().label() + ".");
            } else {
                pdf.table(List.of("part", "measured", "points"), parts, new float[] {0.22f, 0.58f, 0.20f});
            }
            pdf.heading("Adoption against the segment");
            List<List<String>> adoption = new ArrayList<>();
            for (AccountPage.SegmentAdoption a : page.adoption()) {
                adoption.add(List.of(a.featureName(), a.adopters() + " of " + a.people(), Figures.percent(a.share(), 0),
                        Figures.percent(a.segmentShare(), 0)));
            }
            pdf.table(List.of("feature", "adopters", "this account", "its segment"), adoption, new float[] {0.40f, 0.20f, 0.20f, 0.20f});
            pdf.heading("Wins");
            List<String> wins = page.adoption().stream().filter(a -> a.firstAdopted().isPresent())
                    .map(a -> a.featureName() + ": adopted since " + a.firstAdopted().get() + ", " + a.adopters() + " "
                            + (a.adopters() == 1 ? "person" : "people")).toList();
            bulletsOr(pdf, wins, "No feature adopted yet.");
            pdf.heading("Risks");
            bulletsOr(pdf, h.reasons().stream().map(RiskReason::text).toList(), "No at-risk reason holds.");
            pdf.heading("Recommended plays");
            bulletsOr(pdf, page.plays().stream().map(p -> p.subject() + ": " + p.body()).toList(), "None: nothing calls for one.");
            pdf.heading("Contacts");
            List<List<String>> contacts = new ArrayList<>();
            for (AccountPage.Person p : page.people()) {
                contacts.add(List.of(p.label(), p.role(), p.lastActive().map(Object::toString).orElse("never"),
                        Long.toString(p.featuresUsed()), p.struggling() ? "yes" : "no"));
            }
            pdf.table(List.of("person", "role", "last active", "features used", "struggling"), contacts,
                    new float[] {0.40f, 0.14f, 0.16f, 0.15f, 0.15f});
            pdf.save(file);
        }
    }

    private static void bulletsOr(PdfLayout pdf, List<String> items, String none) {
        if (items.isEmpty()) {
            pdf.paragraph(none);
        } else {
            pdf.bullets(items);
        }
    }
}
