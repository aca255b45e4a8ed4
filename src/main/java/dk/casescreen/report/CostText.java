package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.NumberFormats;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.CostAnalysis;
import dk.casescreen.analysis.CostConcentration;
import dk.casescreen.analysis.CostRatio;
import dk.casescreen.analysis.CostSummary;
import dk.casescreen.analysis.OpportunityCost;
import dk.casescreen.analysis.OpportunityDefinition;

/**
 * The "Hvad koster de?" block of the {@code analyze} text, in Danish or English: total, mean, median,
 * the share without an annual cost, the concentration, each hypothesis's cost ratio in plain words, and
 * the annual cost of the cases where each opportunity applies (never called a saving). Amounts are
 * whole kroner in the language's format ("2.450.000 kr.", "DKK 2,450,000").
 */
final class CostText {

    private CostText() {
    }

    /** Appends the block to {@code out}. */
    static void append(StringBuilder out, Analysis a, Language language, String label) {
        boolean da = language == Language.DA;
        NumberFormats f = new NumberFormats(language);
        CostAnalysis c = a.cost();
        CostSummary all = c.overall();
        out.append('\n').append(da ? "Hvad koster de? (årlig udgift, screenede sager)" : "What do they cost? (annual cost, screened cases)")
                .append(label).append('\n');
        if (all.count() == 0) {
            out.append(da ? "  Ingen af de " + f.integer(all.cases()) + " screenede sager har en årlig udgift angivet.\n"
                    : "  None of the " + f.integer(all.cases()) + " screened cases has an annual cost.\n");
            return;
        }
        out.append("  ").append(da ? "I alt " : "Total ").append(f.kroner(all.total().doubleValue()))
                .append(da ? " for " : " for ").append(f.integer(all.count())).append(da ? " sager med udgift" : " cases with a cost")
                .append(da ? "; mangler for " : "; missing for ").append(f.integer(all.missing())).append(" (")
                .append(f.percent(all.missingShare())).append(")\n");
        out.append("  ").append(da ? "Gennemsnit " : "Mean ").append(f.kroner(all.estimate()));
        if (!Double.isNaN(all.confLow())) {
            out.append(da ? " (95 %: " : " (95%: ").append(f.kroner(all.confLow())).append("–").append(f.kroner(all.confHigh())).append(")");
        }
        out.append(da ? ", median " : ", median ").append(f.kroner(all.median())).append(da ? ", kvartiler " : ", quartiles ")
                .append(f.kroner(all.q1())).append("–").append(f.kroner(all.q3())).append('\n');
        c.concentration().ifPresent(k -> concentration(out, k, da, f));
        for (CostRatio r : c.ratios()) {
            if (r.skipped().isPresent()) {
                continue;
            }
            out.append("  ").append(String.format("%-4s ", r.hypothesis()));
            String exposure = a.hypothesis(r.hypothesis()).map(h -> h.spec().exposureLabel().in(language)).orElse(r.hypothesis());
            String ratio = f.decimal(r.estimate(), 2) + " (" + (da ? "95 %-KI " : "95% CI ") + f.decimal(r.confLow(), 2) + "–"
                    + f.decimal(r.confHigh(), 2) + "), " + FollowUpText.pValue(f, da ? "Holm-justeret p" : "Holm-adjusted p", r.pAdjusted());
            out.append(exposure).append(da ? ": udgiftsforhold " : ": cost ratio ").append(ratio);
            long difference = Math.round(Math.abs(r.difference()));
            if (difference == 0) {
                out.append(da ? "; i gennemsnit det samme som en sammenlignelig sag uden" : "; on average the same as a comparable case without");
            } else {
                boolean more = r.estimate() >= 1;
                out.append(da ? "; svarer til ca. " : "; about ").append(f.kroner(Math.abs(r.difference())))
                        .append(da ? (more ? " mere" : " mindre") : (more ? " more" : " less"))
                        .append(da ? " pr. år end en sammenlignelig sag uden" : " a year than a comparable case without");
            }
            out.append('\n');
        }
        long skipped = c.ratios().stream().filter(r -> r.skipped().isPresent()).count();
        if (skipped > 0) {
            out.append("  ").append(da ? "Intet udgiftsforhold for " + skipped + " hypotese(r) (for få sager med udgift eller model ikke mulig)\n"
                    : "No cost ratio for " + skipped + " hypothesis(es) (too few cases with a cost or no model possible)\n");
        }
        if (!c.opportunities().isEmpty()) {
            out.append("  ").append(da ? "Udgift i de sager, hvor muligheden findes:" : "Annual cost of the cases where the opportunity applies:")
                    .append('\n');
            for (OpportunityCost o : c.opportunities()) {
                String name = a.opportunities().definitions().stream().filter(d -> d.id().equals(o.opportunityId()))
                        .map(OpportunityDefinition::label).map(t -> t.in(language)).findFirst().orElse(o.opportunityId());
                String sum = o.withCost() == 0 ? (da ? "ingen udgift angivet" : "no cost given") : f.kroner(o.total().doubleValue());
                out.append(String.format("    %-58s %18s (%s)%n", name, sum, da
                        ? "udgift angivet i " + f.integer(o.withCost()) + " af " + f.integer(o.count()) + " sager"
                        : "cost given in " + f.integer(o.withCost()) + " of " + f.integer(o.count()) + " cases"));
            }
        }
    }

    private static void concentration(StringBuilder out, CostConcentration k, boolean da, NumberFormats f) {
        out.append("  ").append(da ? "De dyreste 10 % af sagerne står for " : "The most expensive 10% of the cases account for ")
                .append(f.percent(k.top10Share())).append(da ? " af udgiften, de dyreste 20 % for " : " of the cost, the most expensive 20% for ")
                .append(f.percent(k.top20Share())).append("; Gini ").append(f.decimal(k.estimate(), 2));
        if (!Double.isNaN(k.confLow())) {
            out.append(da ? " (95 %: " : " (95%: ").append(f.decimal(k.confLow(), 2)).append("–").append(f.decimal(k.confHigh(), 2)).append(")");
        }
        out.append('\n');
    }
}
