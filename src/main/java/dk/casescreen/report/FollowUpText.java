package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.NumberFormats;
import dk.casescreen.Text;
import dk.casescreen.cases.Problem;
import dk.casescreen.cases.ScreeningRound;
import dk.casescreen.followup.ChangeShare;
import dk.casescreen.followup.CostChange;
import dk.casescreen.followup.FollowUpResult;
import dk.casescreen.followup.PairedTest;
import dk.casescreen.followup.Predictor;
import dk.casescreen.followup.RoundComparison;
import dk.casescreen.followup.SelfReport;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.stats.TestResult;

/**
 * A plain-text summary of a follow-up for the terminal, in Danish or English: numbers in the language's
 * format, p-values as gtsummary shows them, questions by their wording. No case is shown.
 */
public final class FollowUpText {

    private FollowUpText() {
    }

    /** The summary. */
    public static String render(FollowUpResult f, Language language) {
        boolean da = language == Language.DA;
        NumberFormats n = new NumberFormats(language);
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        StringBuilder out = new StringBuilder();
        String label = f.synthetic() ? (da ? " (SYNTETISK)" : " (SYNTHETIC)") : "";
        if (f.synthetic()) {
            out.append(da ? "SYNTETISKE DATA - ingen rigtige borgere\n" : "SYNTHETIC DATA - no real citizens\n");
        }
        out.append(da ? "Opfølgning over " : "Follow-up over ").append(f.rounds().size())
                .append(da ? " screeningsrunder" : " screening rounds").append(label).append('\n');
        for (ScreeningRound r : f.rounds()) {
            out.append("  ").append(r.describe(language)).append('\n');
        }
        for (RoundComparison c : f.comparisons()) {
            out.append('\n').append(da ? "Runde " : "Round ").append(c.firstRound()).append(da ? " til runde " : " to round ")
                    .append(c.secondRound()).append(label).append('\n');
            out.append("  ").append(da ? "Screenet i begge runder: " : "Screened in both rounds: ").append(n.integer(c.linked()))
                    .append(da ? " borgere" : " citizens").append('\n');
            out.append("  ").append(da ? "Kun i runde " : "Only in round ").append(c.firstRound()).append(": ")
                    .append(n.integer(c.onlyFirst().count()))
                    .append(da ? " (ophørt, under 2 mio. kr. eller flyttet)" : " (ended, below 2 mio. kr. or moved)").append('\n');
            out.append("  ").append(da ? "Nye i runde " : "New in round ").append(c.secondRound()).append(": ")
                    .append(n.integer(c.onlySecond())).append('\n');
            if (!c.comparable()) {
                out.append("  ").append(da ? "Ingen borgere er screenet i begge runder: der kan ikke sammenlignes noget."
                        : "No citizen was screened in both rounds: nothing can be compared.").append('\n');
                continue;
            }
            out.append('\n').append("  ").append(da ? "Udgiftsniveau fra runde til runde (" : "Cost band from round to round (")
                    .append(n.integer(c.bandChange().n())).append(da ? " borgere med niveau i begge runder)"
                            : " citizens with a band in both rounds)").append('\n');
            for (ChangeShare s : c.bandChange().shares()) {
                out.append(String.format("    %-10s %6s  %7s  (%s)%n", s.direction().label().in(language), n.integer(s.count()),
                        n.percent(s.estimate()), n.percentInterval(s.confLow(), s.confHigh())));
            }
            out.append('\n').append("  ").append(da ? "Test af ændring (Holm-justeret)" : "Tests of change (Holm-adjusted)")
                    .append('\n');
            for (PairedTest t : c.tests()) {
                out.append(String.format("    %-52s p = %-7s %s = %s%n", shorten(testName(t, sheet, language), 52),
                        n.pValue(t.pValue()), da ? "justeret" : "adjusted", n.pValue(t.pAdjusted())));
            }
            out.append('\n').append("  ").append(da ? "Svar i første runde og at blive dyrere (odds ratio, justeret for målgruppe)"
                    : "First-round answers and becoming dearer (odds ratio, adjusted for target group)").append('\n');
            for (Predictor p : c.predictors()) {
                String name = shorten(questionText(p.question(), sheet, language), 52);
                if (p.skipped().isPresent()) {
                    out.append(String.format("    %-52s %s%n", name, p.skipped().get().in(language)));
                } else {
                    out.append(String.format("    %-52s %s (%s–%s), p %s%n", name, n.decimal(p.estimate(), 2),
                            n.decimal(p.confLow(), 2), n.decimal(p.confHigh(), 2), n.pValue(p.pAdjusted())));
                }
            }
            if (c.selfReport().isPresent()) {
                SelfReport s = c.selfReport().get();
                TestResult k = s.kappa();
                out.append('\n').append("  ").append(da ? "Forventet udvikling i første runde mod faktisk ændring: "
                        : "Expected development in the first round against the actual change: ")
                        .append("kappa ").append(n.decimal(k.estimate(), 2)).append(" (")
                        .append(Double.isNaN(k.confLow()) ? "–" : n.decimal(k.confLow(), 2) + "–" + n.decimal(k.confHigh(), 2))
                        .append("), ").append(n.integer(s.n())).append(da ? " borgere" : " citizens").append('\n');
            }
            if (c.annualCostChange().isPresent()) {
                CostChange cc = c.annualCostChange().get();
                out.append('\n').append("  ").append(da ? "Ændring i årlig udgift (" : "Change in annual cost (")
                        .append(n.integer(cc.n())).append(da ? " borgere med udgift i begge runder)" : " citizens with a cost in both rounds)")
                        .append('\n');
                out.append("    ").append(da ? "Median: " : "Median: ").append(n.kroner(cc.median())).append(" (")
                        .append(range(n, cc.medianConfLow(), cc.medianConfHigh())).append(")\n");
                out.append("    ").append(da ? "I alt: " : "Total: ").append(n.kroner(cc.total())).append(" (")
                        .append(range(n, cc.totalConfLow(), cc.totalConfHigh())).append(")\n");
            }
        }
        if (!f.warnings().isEmpty()) {
            out.append('\n').append(da ? "Advarsler mellem runderne: " : "Warnings between rounds: ")
                    .append(n.integer(f.warnings().size())).append('\n');
            for (Problem p : f.warnings().subList(0, Math.min(10, f.warnings().size()))) {
                out.append("  ").append(p.describe(language)).append('\n');
            }
        }
        for (Text note : f.notes()) {
            out.append(da ? "Bemærk: " : "Note: ").append(note.in(language)).append('\n');
        }
        return out.toString();
    }

    private static String range(NumberFormats n, double low, double high) {
        return Double.isNaN(low) ? "–" : n.kroner(low) + " – " + n.kroner(high);
    }

    private static String testName(PairedTest t, ScreeningSheet sheet, Language language) {
        boolean da = language == Language.DA;
        return switch (t.id()) {
            case "bowker_cost_band" -> da ? "Udgiftsniveau: symmetri (Bowker)" : "Cost band: symmetry (Bowker)";
            case "stuart_maxwell_cost_band" -> da ? "Udgiftsniveau: fordeling (Stuart-Maxwell)" : "Cost band: distribution (Stuart-Maxwell)";
            case "wilcoxon_cost_band" -> da ? "Udgiftsniveau: op eller ned (Wilcoxon)" : "Cost band: up or down (Wilcoxon)";
            default -> questionText(t.id().substring("mcnemar_".length()), sheet, language) + " (McNemar)";
        };
    }

    private static String questionText(String key, ScreeningSheet sheet, Language language) {
        return sheet.question(key).map(q -> q.number() + ". " + q.text().in(language)).orElse(key);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
