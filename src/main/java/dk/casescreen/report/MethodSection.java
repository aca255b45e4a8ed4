package dk.casescreen.report;

import dk.casescreen.analysis.DecisionRule;
import java.util.ArrayList;
import java.util.List;

/** Method notes: what the data are, what was computed, how, and with what. */
final class MethodSection {

    private MethodSection() {
    }

    static String html(ReportInput in, ReportContext ctx) {
        StringBuilder s = new StringBuilder("<ul>\n");
        List<String> items = new ArrayList<>(items(in, ctx));
        items.add(ctx.t("casescreen; diagrammerne er tegnet som SVG i selve filen (intet script, ingen netværksadgang).",
                "casescreen; the charts are drawn as SVG inside the file (no script, no network access)."));
        for (String item : items) {
            s.append("<li>").append(Html.esc(item)).append("</li>\n");
        }
        return s.append("</ul>\n").toString();
    }

    /** The method notes, one paragraph each, for every form of the report (the HTML adds how its charts are drawn). */
    static List<String> items(ReportInput in, ReportContext ctx) {
        List<String> s = new ArrayList<>();
        item(s, ctx.t("Data: screeningen er et øjebliksbillede af sager, som hver kommune selv har udvalgt, fordi botilbud og dagtilbud "
                + "tilsammen kostede 2 mio. kr. eller mere om året på screeningsdagen. Sager under 2 mio. kr. indgår kun som "
                + "sammenligningssager, hvor de er screenet. Resultaterne beskriver derfor sammenhænge inden for dette udvalg, ikke årsager.",
                "Data: the screening is a snapshot of cases each municipality selected itself because the residence and day offer together "
                + "cost 2 mio. kr. or more a year on the day of screening. Cases below 2 mio. kr. appear only as comparison cases, where "
                + "screened. The results therefore describe associations within this selection, not causes."));
        FollowUpSection.snapshotNote(in, ctx).ifPresent(note -> item(s, note + ctx.t(" En borger, der er screenet i flere runder, tælles "
                + "kun én gang. Udviklingen: borgerne er koblet på kommune og sagsnummer; Wilcoxons parrede rangtest, Bowkers symmetritest og "
                + "McNemars test, Holm-korrigeret (Holm 1979); Cohens kappa (Cohen 1960); bootstrapintervaller for udgiftens ændring.",
                " A citizen screened in several rounds is counted once. The change: citizens linked by municipality and case number; Wilcoxon "
                + "signed-rank test, Bowker's test of symmetry and McNemar's test, Holm-corrected (Holm 1979); Cohen's kappa (Cohen 1960); "
                + "bootstrap intervals for the change in cost.")));
        if (in.cases().origin().isSynthetic()) {
            item(s, ctx.t("De egne sager er SYNTETISKE: kalibreret til de offentliggjorte tal fra screeningen i 2022, men ingen rigtige borgere.",
                    "The own cases are SYNTHETIC: calibrated to the published figures of the 2022 screening, but no real citizens."));
        }
        item(s, ctx.t("Reference: ", "Reference: ") + new ReferenceText(ctx).describe(in.reference()));
        in.reference().notes().forEach(note -> item(s, ctx.t("Reference, bemærk: ", "Reference, note: ") + note.in(ctx.language())));
        item(s, ctx.t("Skema: ", "Sheet: ") + in.own().sheetId() + " " + in.own().sheetVersion()
                + ctx.t(" (spørgsmål 1-4 og 16 kendt ordret, resten rekonstrueret, 31-36 tilføjet).",
                " (questions 1-4 and 16 known verbatim, the rest reconstructed, 31-36 added)."));
        item(s, ctx.t("Andele med 95 %-konfidensinterval efter Wilson (1927).", "Shares with 95% Wilson (1927) confidence intervals."));
        boolean holm = in.own().rule().adjustment() == DecisionRule.Adjustment.HOLM;
        item(s, ctx.t("Hypoteser: Wilcoxons rangsumtest af udgiftsinterval; proportional odds-model (McCullagh 1980) justeret for målgruppe og "
                + "om adfærden er udslagsgivende; p-værdier justeret efter ", "Hypotheses: Wilcoxon rank-sum test of the cost band; "
                + "proportional-odds model (McCullagh 1980) adjusted for target group and whether behaviour is decisive; p-values adjusted by ")
                + (holm ? "Holm (1979)" : "Benjamini & Hochberg (1995)")
                + ctx.t("; mindste påviselige odds ratio efter Whitehead (1993).", "; minimum detectable odds ratio by Whitehead (1993)."));
        item(s, ctx.t("Beslutningsregel: understøttet, når den justerede p-værdi er under ", "Decision rule: supported when the adjusted p-value is "
                + "below ") + ctx.f().decimal(in.own().rule().alpha(), 2)
                + ctx.t(" og sammenhængen går mod et højere udgiftsniveau; ikke understøttet, når den går den anden vej med samme sikkerhed, "
                + "eller når det justerede konfidensinterval udelukker en odds ratio på ", " and the association is with a higher cost level; "
                + "not supported when it goes the other way with the same certainty, or when the adjusted confidence interval rules out an odds "
                + "ratio of ") + ctx.f().decimal(in.own().rule().smallestEffectOfInterest(), 1)
                + ctx.t(" eller derover, eller når faktoren med samme sikkerhed er sjældnere end ", " or more, or when the factor is with the same "
                + "certainty rarer than ") + ctx.f().percent(in.own().rule().rarePrevalence())
                + ctx.t("; ellers kan det ikke afgøres (se docs/hypotheses.md).", "; otherwise inconclusive (see docs/hypotheses.md)."));
        item(s, ctx.t("Tragtdiagram: Poisson-grænser med additiv overspredning (Spiegelhalter 2005), z-værdier winsoriseret ved 10 %.",
                "Funnel plot: Poisson limits with additive overdispersion (Spiegelhalter 2005), z-scores winsorised at 10%."));
        item(s, ctx.t("Alle statistiske metoder er kontrolleret mod R.", "Every statistical method is checked against R."));
        String small = Disclosure.suppressedText(ctx.threshold());
        if (in.disclosure().isShared()) {
            item(s, ctx.t("Diskretion: antal på 1 til " + (ctx.threshold() - 1) + " personer vises som \"" + small + "\"; andre tal, som ellers "
                    + "kunne bruges til at regne dem ud ved at trække tal fra hinanden (totaler, andre tabeller, diagrammer), vises som \""
                    + ReportContext.SECONDARY_MARK + "\". Det er kontrolleret med lineær programmering, at intet skjult antal kan "
                    + "indsnævres til under " + ctx.threshold() + " mulige værdier. Ingen sagsnumre.",
                    "Disclosure control: counts of 1 to " + (ctx.threshold() - 1) + " persons are shown as \"" + small + "\"; other figures "
                    + "that could otherwise be used to work them out by subtraction (totals, other tables, charts) are shown as \""
                    + ReportContext.SECONDARY_MARK + "\". Linear programming checks that no hidden count can be narrowed to fewer than "
                    + ctx.threshold() + " possible values. No case numbers."));
        } else {
            item(s, ctx.t("Intern udgave: de egne tal og sagsnumre vises, som de er. Andre kommuner indgår kun, som den delte udgave viser dem: "
                    + "antal på 1 til " + (ctx.threshold() - 1) + " personer vises som \"" + small + "\", og tal, der kunne afsløre dem, som \""
                    + ReportContext.SECONDARY_MARK + "\".", "Internal edition: the own figures and case numbers are shown as they are. Other "
                    + "municipalities appear only as the shared edition shows them: counts of 1 to " + (ctx.threshold() - 1)
                    + " persons as \"" + small + "\", and figures that could reveal them as \"" + ReportContext.SECONDARY_MARK + "\"."));
        }
        return s;
    }

    private static void item(List<String> s, String text) {
        s.add(text);
    }
}
