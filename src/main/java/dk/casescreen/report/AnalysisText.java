package dk.casescreen.report;

import dk.casescreen.NumberFormats;
import dk.casescreen.Language;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.FigureComparison;
import dk.casescreen.analysis.Reference;
import dk.casescreen.analysis.ReferenceFigure;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.OpportunityCount;
import dk.casescreen.analysis.OpportunityDefinition;

/** A plain-text summary of an analysis for the terminal, in Danish or English. */
public final class AnalysisText {

    private AnalysisText() {
    }

    private static void comparisons(StringBuilder out, Analysis a, Reference r, Language language, NumberFormats f, String label) {
        boolean da = language == Language.DA;
        out.append(da ? "Hvem er de? Egne andele" : "Who are they? Own shares").append(label)
                .append(da ? " mod " : " against ").append(r.labelledTitle().in(language)).append('\n');
        for (FigureComparison c : a.comparisons()) {
            ReferenceFigure fig = c.figure();
            String ref = fig.suppressed() ? "·" : fig.bound().prefix().in(language) + f.percent(fig.share());
            String where = switch (c.position()) {
                case ABOVE -> da ? "over" : "above";
                case BELOW -> da ? "under" : "below";
                case WITHIN -> da ? "som referencen" : "as the reference";
                case UNKNOWN -> "";
            };
            out.append(String.format("  %-58s %7s (%s/%s) %-9s %s%n", shorten(fig.text().in(language), 58), f.percent(c.estimate()),
                    f.integer(c.count()), f.integer(c.n()), ref, where));
        }
        r.notes().forEach(note -> out.append("  ").append(da ? "Bemærk: " : "Note: ").append(note.in(language)).append('\n'));
        out.append(da ? "  (\"over\"/\"under\": referencetallet ligger uden for egen andels 95 %-interval; tal kun for Region Midtjylland er udeladt)\n\n"
                : "  (\"above\"/\"below\": the reference figure lies outside the own share's 95% interval; Region Midtjylland-only figures are left out)\n\n");
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The summary. */
    public static String render(Analysis a, Language language) {
        boolean da = language == Language.DA;
        NumberFormats f = new NumberFormats(language);
        VerdictText verdicts = new VerdictText(language);
        StringBuilder out = new StringBuilder();
        String label = a.synthetic() ? (da ? " (SYNTETISK)" : " (SYNTHETIC)") : "";
        if (a.synthetic()) {
            out.append(da ? "SYNTETISKE DATA - ingen rigtige borgere\n" : "SYNTHETIC DATA - no real citizens\n");
        }
        out.append(da ? "Analyse af " : "Analysis of ").append(f.integer(a.screened()))
                .append(da ? " screenede sager" : " screened cases").append(label);
        if (a.comparison() > 0) {
            out.append(da ? " og " : " and ").append(f.integer(a.comparison()))
                    .append(da ? " sammenligningssager under 2 mio. kr." : " comparison cases below 2 mio. kr.");
        }
        out.append(da ? " (skema " : " (sheet ").append(a.sheetVersion()).append(")\n\n");
        a.reference().ifPresent(r -> comparisons(out, a, r, language, f, label));
        out.append(da ? "Hvorfor er de blevet dyre? (" : "Why did they become expensive? (")
                .append(a.hypotheses().isEmpty() ? VerdictText.adjustment(a.rule().adjustment())
                        + (da ? "-justerede p-værdier" : "-adjusted p-values")
                        : verdicts.pAdjustedIn(a.hypotheses().getFirst().family()))
                .append(")").append(label).append('\n');
        for (HypothesisResult h : a.hypotheses()) {
            out.append(String.format("  %-4s %-52s %s%n", h.spec().id(), h.spec().claim().in(language),
                    verdicts.verdict(h.verdict()).toUpperCase(java.util.Locale.ROOT)));
            out.append("       ").append(da ? "forekomst " : "prevalence ").append(f.percent(h.prevalence().estimate()))
                    .append(" (").append(f.integer(h.prevalence().count())).append('/').append(f.integer(h.prevalence().n())).append(")");
            h.effect().ifPresent(e -> out.append(", OR ").append(f.decimal(e.estimate(), 2)).append(" [")
                    .append(f.decimal(e.confLow(), 2)).append("–").append(f.decimal(e.confHigh(), 2)).append("], p ")
                    .append(f.pValue(h.pAdjusted())));
            out.append(da ? ", mindste påviselige OR " : ", minimum detectable OR ").append(f.decimal(h.minimumDetectableEffect(), 2)).append('\n');
            out.append("       ").append(verdicts.reason(h, a.rule())).append('\n');
        }
        out.append('\n').append(da ? "Hvad kan der gøres? (handlemuligheder, alle sager)" : "What can be done? (action opportunities, all cases)")
                .append(label).append('\n');
        for (OpportunityDefinition d : a.opportunities().definitions()) {
            OpportunityCount c = a.opportunities().count("all", d.id());
            out.append(String.format("  %-60s %6s %s%n", d.label().in(language), f.integer(c.count()),
                    "(" + f.percent(c.n() == 0 ? Double.NaN : (double) c.count() / c.n()) + (da ? " af " : " of ") + f.integer(c.n()) + ")"));
        }
        CostText.append(out, a, language, label);
        a.funnel().ifPresent(funnel -> {
            out.append('\n').append(da ? "Variation mellem kommuner: " : "Variation between municipalities: ")
                    .append(f.decimal(funnel.targetRate(), 2)).append(da ? " sager pr. 1.000 18–66-årige i alt; " : " cases per 1,000 aged 18–66 overall; ")
                    .append(funnel.overdispersed() ? (da ? "mere variation end tilfældighed (phi " : "more variation than chance (phi ")
                            : (da ? "ikke mere variation end tilfældighed (phi " : "no more variation than chance (phi "))
                    .append(f.decimal(funnel.phi(), 2)).append(")\n");
            for (FunnelPoint p : funnel.points()) {
                if (p.band() == FunnelPoint.Band.ABOVE_998 || p.band() == FunnelPoint.Band.BELOW_998) {
                    out.append("  ").append(p.name()).append(": ").append(f.decimal(p.rate(), 2))
                            .append(p.band() == FunnelPoint.Band.ABOVE_998 ? (da ? " (over 99,8 %-grænsen)" : " (above the 99.8% limit)")
                                    : (da ? " (under 99,8 %-grænsen)" : " (below the 99.8% limit)")).append('\n');
                }
            }
        });
        return out.toString();
    }
}
