package dk.casescreen.report;

import static dk.casescreen.report.ExportColumns.columns;
import static dk.casescreen.report.ExportColumns.count;
import static dk.casescreen.report.ExportColumns.one;
import static dk.casescreen.report.ExportColumns.t;

import dk.casescreen.disclosure.CellRef;
import dk.casescreen.followup.ChangeShare;
import dk.casescreen.followup.Direction;
import dk.casescreen.followup.PairedTest;
import dk.casescreen.followup.Predictor;
import dk.casescreen.report.TidyTable.Column;
import dk.casescreen.report.TidyTable.Definition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up across screening rounds as export tables (empty when the report has none): the cost-band
 * transitions, dearer/same/cheaper, the paired tests and the predictors of becoming dearer. The counts come
 * from the report's plan; a test resting on a hidden count is left empty, and in the shared edition, as in
 * the report, the McNemar tests are left out and the predictors' numbers empty.
 */
final class FollowUpExport {

    private static final Column SYNTHETIC = ExportColumns.synthetic();

    /** One row per pair of cost bands. */
    static final Definition TRANSITIONS = new Definition("followup_transitions", t("Udv., intervaller", "Change, bands"),
            t("Én række pr. udgiftsinterval i den tidligere runde × udgiftsinterval i den seneste runde: egne borgere screenet i begge runder "
                    + "(koblet på kommune og sagsnummer).", "One row per cost band in the earlier round × cost band in the latest round: own "
                    + "citizens screened in both rounds (linked by municipality and case number)."),
            columns(one(Column.code("from_code", t("Fra, kode", "From, code"), t("Udgiftsintervallets kode i den tidligere runde.",
                            "The cost band's code in the earlier round."), false)),
                    one(Column.text("from", t("Fra", "From"), t("Udgiftsintervallet i den tidligere runde.", "The cost band in the earlier round."), false)),
                    one(Column.code("to_code", t("Til, kode", "To, code"), t("Udgiftsintervallets kode i den seneste runde.",
                            "The cost band's code in the latest round."), false)),
                    one(Column.text("to", t("Til", "To"), t("Udgiftsintervallet i den seneste runde.", "The cost band in the latest round."), false)),
                    count("citizens", t("Borgere", "Citizens"), t("Borgere med det par af udgiftsintervaller.", "Citizens with that pair of cost bands.")),
                    one(SYNTHETIC)));

    /** One row per direction. */
    static final Definition BAND_CHANGE = new Definition("followup_band_change", t("Udvikling, retning", "Change, direction"),
            t("Én række pr. retning: egne borgere med et udgiftsinterval i begge runder, der blev dyrere, forblev i samme interval eller blev "
                    + "billigere, med andel og 95 %-konfidensinterval efter Wilson.", "One row per direction: own citizens with a cost band in "
                    + "both rounds who became dearer, stayed in their band or became cheaper, with the share and its 95% Wilson interval."),
            columns(one(Column.code("direction", t("Retning, kode", "Direction, code"), t("dearer, same eller cheaper.", "dearer, same or cheaper."),
                            false, "dearer", "same", "cheaper")),
                    one(Column.text("direction_label", t("Retning", "Direction"), t("Retningen i ord.", "The direction in words."), false)),
                    count("citizens", t("Borgere", "Citizens"), t("Borgere, der bevægede sig sådan.", "Citizens who moved that way.")),
                    count("n", t("I alt", "In all"), t("Borgere med et udgiftsinterval i begge runder.", "Citizens with a cost band in both rounds.")),
                    one(Column.share("estimate", t("Andel", "Share"), t("citizens / n.", "citizens / n."))),
                    one(Column.share("conf_low", t("Nedre grænse", "Lower limit"), t("Nedre 95 %-grænse (Wilson).", "Lower 95% limit (Wilson)."))),
                    one(Column.share("conf_high", t("Øvre grænse", "Upper limit"), t("Øvre 95 %-grænse (Wilson).", "Upper 95% limit (Wilson)."))),
                    one(SYNTHETIC)));

    /** One row per paired test. */
    static final Definition TESTS = new Definition("followup_tests", t("Udvikling, test", "Change, tests"),
            t("Én række pr. parret test af ændringen mellem runderne (Bowker, Stuart-Maxwell, Wilcoxon; McNemar pr. Ja/Nej-spørgsmål kun i "
                    + "den interne udgave), Holm-korrigeret som én familie. Tom, når testen ville afsløre et skjult antal.", "One row per paired "
                    + "test of the change between the rounds (Bowker, Stuart-Maxwell, Wilcoxon; McNemar per Yes/No question only in the internal "
                    + "edition), Holm-corrected as one family. Empty when the test would reveal a hidden count."),
            columns(one(Column.code("test", t("Test, kode", "Test, code"), t("bowker_cost_band, stuart_maxwell_cost_band, wilcoxon_cost_band "
                            + "eller mcnemar_<spørgsmål>.", "bowker_cost_band, stuart_maxwell_cost_band, wilcoxon_cost_band or mcnemar_<question>."), false)),
                    one(Column.text("method", t("Metode", "Method"), t("Testen, med alle valg.", "The test, with every choice."), false)),
                    one(Column.number("statistic", t("Teststørrelse", "Statistic"), t("Testens teststørrelse.", "The test statistic."), 3)),
                    one(Column.number("parameter", t("Frihedsgrader", "Degrees of freedom"), t("Frihedsgrader, hvor testen har dem.",
                            "Degrees of freedom, where the test has them."), 0)),
                    one(Column.number("p_value", t("p-værdi", "p-value"), t("Den ujusterede p-værdi.", "The unadjusted p-value."), 4)),
                    one(Column.number("p_adjusted", t("Justeret p-værdi", "Adjusted p-value"), t("p-værdien efter Holm (1979).",
                            "The p-value after Holm (1979)."), 4)),
                    one(SYNTHETIC)));

    /** One row per first-round question fitted as a predictor of becoming dearer. */
    static final Definition PREDICTORS = new Definition("followup_predictors", t("Udv., forklaring", "Change, predictors"),
            t("Én række pr. Ja/Nej-spørgsmål i den tidligere runde: odds ratio for at blive dyrere ved Ja mod Nej, justeret for målgruppe (logistisk "
                    + "regression), Holm-korrigeret. I den delte udgave vises kun, om sammenhængen er sikker.", "One row per Yes/No question of "
                    + "the earlier round: the odds ratio of becoming dearer for Yes against No, adjusted for target group (logistic regression), "
                    + "Holm-corrected. The shared edition shows only whether the association is clear."),
            columns(one(Column.code("question", t("Spørgsmål, kode", "Question, code"), t("Spørgsmålets nøgle.", "The question's key."), false)),
                    one(Column.text("question_text", t("Spørgsmål", "Question"), t("Spørgsmålets nummer og tekst.", "The question's number and text."), false)),
                    one(Column.number("estimate", t("Odds ratio", "Odds ratio"), t("Justeret odds ratio; tom i den delte udgave.",
                            "Adjusted odds ratio; empty in the shared edition."), 2)),
                    one(Column.number("conf_low", t("Nedre grænse", "Lower limit"), t("Nedre 95 %-grænse (Wald).", "Lower 95% limit (Wald)."), 2)),
                    one(Column.number("conf_high", t("Øvre grænse", "Upper limit"), t("Øvre 95 %-grænse (Wald).", "Upper 95% limit (Wald)."), 2)),
                    one(Column.number("p_adjusted", t("Justeret p-værdi", "Adjusted p-value"), t("p-værdien efter Holm (1979).",
                            "The p-value after Holm (1979)."), 4)),
                    one(Column.bool("clear", t("Sikker sammenhæng", "Clear association"), t("true, når den justerede p-værdi er under 0,05.",
                            "true when the adjusted p-value is below 0.05."))),
                    one(Column.text("skipped", t("Ikke beregnet", "Not fitted"), t("Hvorfor spørgsmålet ikke blev beregnet.",
                            "Why the question was not fitted."), true)),
                    one(SYNTHETIC)));

    private FollowUpExport() {
    }

    static TidyTable transitions(ReportInput in, ReportContext ctx) {
        TidyTable table = new TidyTable(TRANSITIONS, ctx.language()).fromSynthetic(synthetic(in));
        Optional<FollowUpCells.Numbers> numbers = FollowUpCells.of(in, ctx);
        if (numbers.isEmpty()) {
            return table;
        }
        FollowUpCells.Numbers n = numbers.get();
        for (int i = 0; i < n.bands().size(); i++) {
            for (int j = 0; j < n.bands().size(); j++) {
                table.row().text("from_code", n.bands().get(i)).text("from", FollowUpCells.bandLabel(in, n.bands().get(i), ctx))
                        .text("to_code", n.bands().get(j)).text("to", FollowUpCells.bandLabel(in, n.bands().get(j), ctx))
                        .count("citizens", n.transitions()[i][j]).bool("synthetic", synthetic(in)).add();
            }
        }
        return table;
    }

    static TidyTable bandChange(ReportInput in, ReportContext ctx) {
        TidyTable table = new TidyTable(BAND_CHANGE, ctx.language()).fromSynthetic(synthetic(in));
        Optional<FollowUpCells.Numbers> numbers = FollowUpCells.of(in, ctx);
        if (numbers.isEmpty()) {
            return table;
        }
        FollowUpCells.Numbers n = numbers.get();
        for (Direction d : Direction.values()) {
            ReportCells.Cell c = n.change().get(d.ordinal());
            ChangeShare share = n.comparison().bandChange().shares().get(d.ordinal());
            boolean shown = ReportContext.shown(c, n.banded()) && n.banded().count() > 0;
            List<CellRef> resting = List.of(c.ref(), n.banded().ref());
            table.row().text("direction", d.code()).text("direction_label", d.label().in(ctx.language())).count("citizens", c).count("n", n.banded())
                    .share("estimate", c, n.banded()).number("conf_low", shown ? share.confLow() : null, resting)
                    .number("conf_high", shown ? share.confHigh() : null, resting).bool("synthetic", synthetic(in)).add();
        }
        return table;
    }

    static TidyTable tests(ReportInput in, ReportContext ctx) {
        TidyTable table = new TidyTable(TESTS, ctx.language()).fromSynthetic(synthetic(in));
        Optional<FollowUpCells.Numbers> numbers = FollowUpCells.of(in, ctx);
        if (numbers.isEmpty()) {
            return table;
        }
        FollowUpCells.Numbers n = numbers.get();
        List<CellRef> transitions = n.transitionList().stream().map(ReportCells.Cell::ref).toList();
        for (PairedTest test : n.comparison().tests()) {
            boolean mcnemar = test.id().startsWith("mcnemar_");
            if (mcnemar && in.disclosure().isShared()) {
                continue;
            }
            boolean shown = mcnemar || ctx.cells().mayShow(FollowUpCells.statistic(test.id()));
            List<CellRef> resting = mcnemar ? List.of() : transitions;
            table.row().text("test", test.id()).text("method", test.result().method())
                    .number("statistic", shown ? test.result().statistic() : null, resting)
                    .number("parameter", shown ? test.result().df() : null, resting)
                    .number("p_value", shown ? test.pValue() : null, resting)
                    .number("p_adjusted", shown ? test.pAdjusted() : null, resting).bool("synthetic", synthetic(in)).add();
        }
        return table;
    }

    static TidyTable predictors(ReportInput in, ReportContext ctx) {
        TidyTable table = new TidyTable(PREDICTORS, ctx.language()).fromSynthetic(synthetic(in));
        Optional<FollowUpCells.Numbers> numbers = FollowUpCells.of(in, ctx);
        if (numbers.isEmpty()) {
            return table;
        }
        boolean numbersShown = !in.disclosure().isShared();
        for (Predictor p : numbers.get().comparison().predictors()) {
            String text = in.followUp().orElseThrow().earlier().sheet().question(p.question())
                    .map(q -> q.number() + ". " + q.text().in(ctx.language())).orElse(p.question());
            table.row().text("question", p.question()).text("question_text", text)
                    .number("estimate", numbersShown ? p.estimate() : null, List.of())
                    .number("conf_low", numbersShown ? p.confLow() : null, List.of())
                    .number("conf_high", numbersShown ? p.confHigh() : null, List.of())
                    .number("p_adjusted", numbersShown ? p.pAdjusted() : null, List.of())
                    .bool("clear", p.skipped().isEmpty() && p.pAdjusted() < 0.05)
                    .text("skipped", p.skipped().map(s -> s.in(ctx.language())).orElse(null)).bool("synthetic", synthetic(in)).add();
        }
        return table;
    }

    /** The band tests in one line each, for the deck's speaker notes (only those whose counts are all shown). */
    static List<String> testLines(ReportInput in, ReportContext ctx, FollowUpCells.Numbers n) {
        List<String> lines = new ArrayList<>();
        for (PairedTest test : n.comparison().tests()) {
            if (test.id().startsWith("mcnemar_") || !ctx.cells().mayShow(FollowUpCells.statistic(test.id())) || Double.isNaN(test.pValue())) {
                continue;
            }
            lines.add(test.result().method() + ": " + ctx.t("teststørrelse ", "statistic ") + ctx.f().decimal(test.result().statistic(), 2)
                    + ", " + FollowUpSection.pText(ctx, test.pValue()) + ctx.t(", Holm-korrigeret ", ", Holm-corrected ")
                    + FollowUpSection.pText(ctx, test.pAdjusted()) + ".");
        }
        return lines;
    }

    private static boolean synthetic(ReportInput in) {
        return in.cases().origin().isSynthetic();
    }
}
