package dk.casescreen.report;

/** Method notes: what was computed, how, and with what. */
final class MethodSection {

    private MethodSection() {
    }

    static String html(ReportInput in, ReportContext ctx) {
        StringBuilder s = new StringBuilder("<ul>\n");
        item(s, ctx.t("Skema: ", "Sheet: ") + in.own().sheetId() + " " + in.own().sheetVersion()
                + ctx.t(" (spørgsmål 1-4 og 16 kendt ordret, resten rekonstrueret, 31-36 tilføjet).",
                " (questions 1-4 and 16 known verbatim, the rest reconstructed, 31-36 added)."));
        item(s, ctx.t("Andele med 95 %-konfidensinterval efter Wilson (1927).", "Shares with 95% Wilson (1927) confidence intervals."));
        item(s, ctx.t("Hypoteser: Wilcoxon-rangsumtest af udgiftsinterval; proportional odds-model (McCullagh 1980) justeret for målgruppe og "
                + "om adfærden er udslagsgivende; p-værdier justeret efter Holm (1979)", "Hypotheses: Wilcoxon rank-sum test of the cost band; "
                + "proportional-odds model (McCullagh 1980) adjusted for target group and whether behaviour is decisive; p-values adjusted by Holm (1979)")
                + (in.own().rule().adjustment() == dk.casescreen.analysis.DecisionRule.Adjustment.HOLM ? "" : " / Benjamini-Hochberg (1995)")
                + ctx.t("; mindste påviselige effekt efter Whitehead (1993).", "; minimum detectable effect by Whitehead (1993)."));
        item(s, ctx.t("Beslutningsregel: understøttet når justeret p < ", "Decision rule: supported when adjusted p < ")
                + ctx.f().decimal(in.own().rule().alpha(), 2) + ctx.t(" og OR > 1; ikke understøttet når effekten går den anden vej, når intervallet "
                + "udelukker en OR på ", " and OR > 1; not supported when the effect goes the other way, when the interval rules out an OR of ")
                + ctx.f().decimal(in.own().rule().smallestEffectOfInterest(), 1) + ctx.t(", eller når faktoren er under ", ", or when the factor is below ")
                + ctx.f().percent(in.own().rule().rarePrevalence()) + ctx.t("; ellers kan det ikke afgøres.", "; otherwise inconclusive."));
        item(s, ctx.t("Tragtdiagram: Poisson-grænser med additiv overspredning (Spiegelhalter 2005), z-værdier winsoriseret ved 10 %.",
                "Funnel plot: Poisson limits with additive overdispersion (Spiegelhalter 2005), z-scores winsorised at 10%."));
        item(s, ctx.t("Alle statistiske metoder er kontrolleret mod R.", "Every statistical method is checked against R."));
        if (in.disclosure().isShared()) {
            item(s, ctx.t("Diskretion: tal under ", "Disclosure control: counts under ") + in.disclosure().threshold()
                    + ctx.t(" personer vises som ", " persons are shown as ") + in.disclosure().suppressedText()
                    + ctx.t(", også når de kunne regnes ud ved subtraktion; ingen sagsnumre.", ", also where they could be worked out by "
                    + "subtraction; no case numbers."));
        }
        if (in.synthetic()) {
            item(s, ctx.t("Data er syntetiske: kalibreret til de offentliggjorte tal fra screeningen i 2022, men ingen rigtige borgere.",
                    "The data are synthetic: calibrated to the published figures of the 2022 screening, but no real citizens."));
        }
        item(s, "casescreen; plotly.js " + PlotlyBundle.VERSION + ctx.t(" (indlejret, ingen netværksadgang).", " (embedded, no network access)."));
        return s.append("</ul>\n").toString();
    }

    private static void item(StringBuilder s, String text) {
        s.append("<li>").append(Html.esc(text)).append("</li>\n");
    }
}
