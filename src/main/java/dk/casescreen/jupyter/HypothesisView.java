package dk.casescreen.jupyter;

import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.DecisionRule;
import dk.casescreen.analysis.Effect;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.cases.DataOrigin;
import dk.casescreen.report.VerdictText;
import java.util.List;
import java.util.Locale;

/** The hypotheses as tables: all of them in one, or one in detail. */
final class HypothesisView {

    private final Labels l;
    private final VerdictText verdicts;

    HypothesisView(Labels labels) {
        this.l = labels;
        this.verdicts = new VerdictText(labels.language());
    }

    NotebookOutput overview(Analysis analysis) {
        List<HypothesisResult> results = analysis.hypotheses();
        DataOrigin origin = analysis.origin();
        Html.Page page = new Html.Page(l.t("Hypoteserne (", "The hypotheses (") + results.size() + ")", origin, l);
        page.paragraph(l.t("Udfald: udgiftsintervallet. OR = proportional-odds-oddsratio for et højere udgiftsinterval, justeret for "
                        + "målgruppe og adfærd; " + family(results) + "; det justerede interval er "
                        + "simultant for hele familien (Bonferroni). OR over 1 betyder, at forholdet hænger "
                        + "sammen med et højere udgiftsniveau blandt de screenede sager, ikke at det er årsagen.",
                "Outcome: the cost band. OR = proportional-odds odds ratio of a higher cost band, adjusted for target group "
                        + "and behaviour; " + family(results) + "; the adjusted interval is "
                        + "simultaneous for the whole family (Bonferroni). An OR above 1 means the factor is "
                        + "associated with a higher cost level among the screened cases, not that it is the cause."));
        page.paragraph(verdicts.snapshotNote());
        boolean aboveBelow = results.stream().anyMatch(h -> h.aboveBelow().isPresent());
        List<String> headers = new java.util.ArrayList<>(List.of("", l.t("Hypotese", "Hypothesis"),
                l.t("Forekomst", "Prevalence") + l.tag(origin),
                "OR (95 %-KI)", l.t("OR-KI justeret for familien", "OR CI adjusted for the family"), l.t("justeret p", "adjusted p"),
                l.t("mindste påviselige OR", "minimum detectable OR"), l.t("Vurdering", "Verdict")));
        if (aboveBelow) {
            headers.add(l.t("OR over/under 2 mio. kr.", "OR above/below 2 mio. kr."));
        }
        Grid grid = new Grid(headers).numeric(3, 4, 5, 6, 8);
        for (HypothesisResult h : results) {
            List<String> cells = new java.util.ArrayList<>(List.of(h.spec().id(), l.t(h.spec().claim()),
                    l.share(h.prevalence().count(), h.prevalence().n()),
                    h.effect().map(e -> l.oddsRatio(e.estimate(), e.confLow(), e.confHigh())).orElse("–"),
                    h.simultaneousEffect().map(verdicts::interval).orElse("–"),
                    l.f().pValue(h.pAdjusted()), l.f().decimal(h.minimumDetectableEffect(), 2),
                    verdicts.verdict(h.verdict()).toUpperCase(Locale.ROOT)));
            if (aboveBelow) {
                cells.add(h.aboveBelow().map(e -> l.oddsRatio(e.estimate(), e.confLow(), e.confHigh())).orElse("–"));
            }
            grid.row(cells);
        }
        return page.grid(grid).build();
    }

    NotebookOutput detail(Analysis analysis, HypothesisResult h) {
        DecisionRule rule = analysis.rule();
        DataOrigin origin = analysis.origin();
        Html.Page page = new Html.Page(h.spec().id() + " " + l.t(h.spec().claim()), origin, l);
        Grid grid = new Grid(l.t("Hvad", "What"), l.t("Resultat", "Result") + l.tag(origin));
        grid.row(l.t("Eksponering", "Exposure"), l.t(h.spec().exposureLabel()));
        if (h.spec().extra()) {
            grid.row(l.t("Type", "Kind"), l.t("ekstra hypotese, ikke en af slidets ti", "an extra hypothesis, not one of the slide's ten"));
        }
        h.spec().slides().ifPresent(s -> grid.row(l.t("Slides (2023)", "The slides (2023)"), l.t(s)));
        h.spec().rationale().ifPresent(s -> grid.row(l.t("Spørgsmål og hvorfor", "Questions and why"), l.t(s)));
        grid.row(l.t("Justeret for", "Adjusted for"), String.join(", ", h.spec().confounders().stream()
                .map(key -> analysis.profile().question(key).map(QuestionProfile::question)
                        .map(q -> new ProfileView(l).title(q)).orElse(key)).toList()));
        grid.row(l.t("Forekomst blandt de screenede", "Prevalence among the screened"),
                l.share(h.prevalence().count(), h.prevalence().n()) + l.t("; 95 %-KI ", "; 95% CI ")
                        + l.f().percentInterval(h.prevalence().confLow(), h.prevalence().confHigh()) + "; "
                        + verdicts.adjustedFor(h.family()) + " "
                        + l.f().percentInterval(h.simultaneousPrevalence().confLow(), h.simultaneousPrevalence().confHigh()));
        h.association().ifPresent(t -> grid.row(l.t("Rangtest af udgiftsinterval (ujusteret)", "Rank test of cost band (unadjusted)"),
                method(t.method()) + ": p " + l.f().pValue(t.pValue()) + ", n " + l.f().integer(t.n())));
        h.effect().ifPresent(e -> grid.row(l.t("Justeret OR for højere udgiftsinterval", "Adjusted OR of a higher cost band"),
                effect(e)));
        h.simultaneousEffect().ifPresent(s -> grid.row(l.t("OR-interval ", "OR interval ") + verdicts.adjustedFor(h.family())
                + l.t(" (simultant ", " (simultaneous ") + l.f().percent(s.confLevel()) + ", Bonferroni)", verdicts.interval(s)));
        grid.row(l.t("p justeret for multiplicitet", "p adjusted for multiplicity"),
                l.f().pValue(h.pAdjusted()) + " (" + verdicts.family(h.family()) + ")");
        h.aboveBelow().ifPresent(e -> grid.row(l.t("OR for over frem for under 2 mio. kr.", "OR of above rather than below 2 mio. kr."),
                effect(e)));
        grid.row(l.t("Mindste påviselige OR", "Minimum detectable OR"), l.f().decimal(h.minimumDetectableEffect(), 2)
                + l.t(" (styrke ", " (power ") + l.f().percent(rule.power()) + ")");
        h.failure().ifPresent(f -> grid.row(l.t("Modellen", "The model"), l.t("kunne ikke tilpasses til data", f)));
        h.aboveBelowFailure().ifPresent(f -> grid.row(l.t("Modellen for over mod under 2 mio. kr.", "The above-versus-below model"),
                l.t("kunne ikke tilpasses til data", f)));
        grid.row(l.t("Vurdering", "Verdict"), verdicts.verdict(h.verdict()).toUpperCase(Locale.ROOT));
        grid.row(l.t("Begrundelse", "Reason"), verdicts.reason(h, rule));
        page.grid(grid);
        page.paragraph(verdicts.snapshotNote());
        h.effect().ifPresent(e -> {
            if (l.language() == dk.casescreen.Language.EN) {
                e.notes().forEach(page::note);
            } else if (!e.notes().isEmpty()) {
                page.note("Modellen har " + e.notes().size() + (e.notes().size() == 1 ? " teknisk note" : " tekniske noter")
                        + " om sager og svar, der er udeladt af tilpasningen; på engelsk i analysens JSON.");
            }
        });
        return page.build();
    }

    /** A test's name in the notebook's language. */
    private String method(String method) {
        if (method.startsWith("Wilcoxon")) {
            return l.t("Wilcoxons rangsumtest", method);
        }
        if (method.startsWith("Spearman")) {
            return l.t("Spearmans rangkorrelation", method);
        }
        return l.t("rangtest", method);
    }

    private String effect(Effect e) {
        return "OR " + l.oddsRatio(e.estimate(), e.confLow(), e.confHigh()) + ", p " + l.f().pValue(e.pValue()) + ", n "
                + l.f().integer(e.n()) + l.t(" (eksponerede ", " (exposed ") + l.f().integer(e.exposed()) + ")";
    }

    /** How the results' p-values were adjusted and across which family (one run: one family). */
    private String family(List<HypothesisResult> results) {
        return results.isEmpty() ? l.t("p justeret for multiplicitet", "p adjusted for multiplicity")
                : verdicts.pAdjustedIn(results.getFirst().family());
    }

    /** The analysis in brief: counts, hypotheses, opportunities and the funnel plot's summary. */
    NotebookOutput analysis(Analysis a, OpportunityView opportunities) {
        Html.Page page = new Html.Page(l.t("Analyse af ", "Analysis of ") + l.f().integer(a.screened())
                + l.t(" screenede sager", " screened cases")
                + (a.comparison() > 0 ? l.t(" og ", " and ") + l.f().integer(a.comparison())
                        + l.t(" sammenligningssager under 2 mio. kr.", " comparison cases below 2 mio. kr.") : ""), a.origin(), l);
        page.figures(l.t("Skema ", "Sheet ") + a.sheetVersion() + "; " + l.f().integer(a.byMunicipality().size())
                + l.t(" kommuner.", " municipalities."));
        page.paragraph(verdicts.snapshotNote());
        if (!a.hypotheses().isEmpty()) {
            page.paragraph(l.t("Justeret p: ", "Adjusted p: ") + verdicts.family(a.hypotheses().getFirst().family()) + ".");
        }
        Grid grid = new Grid("", l.t("Hypotese", "Hypothesis"), "OR (95 %-KI)", l.t("justeret p", "adjusted p"),
                l.t("Vurdering", "Verdict") + l.tag(a.origin())).numeric(2, 3);
        for (HypothesisResult h : a.hypotheses()) {
            grid.row(h.spec().id(), l.t(h.spec().claim()),
                    h.effect().map(e -> l.oddsRatio(e.estimate(), e.confLow(), e.confHigh())).orElse("–"),
                    l.f().pValue(h.pAdjusted()), verdicts.verdict(h.verdict()).toUpperCase(Locale.ROOT));
        }
        page.grid(grid);
        page.grid(opportunities.countsGrid(a.opportunities(), "all"));
        a.reference().ifPresent(r -> page.paragraph(l.t("Sammenlignes med: ", "Compared with: ") + l.t(r.labelledTitle()) + "."));
        a.funnel().ifPresent(f -> page.figures(l.t("Variation mellem kommuner: ", "Variation between municipalities: ")
                + l.f().decimal(f.targetRate(), 2) + l.t(" sager pr. 1.000 18–66-årige; ", " cases per 1,000 aged 18–66; ")
                + (f.overdispersed() ? l.t("mere variation end tilfældighed (phi ", "more variation than chance (phi ")
                        : l.t("ikke mere variation end tilfældighed (phi ", "no more variation than chance (phi "))
                + l.f().decimal(f.phi(), 2) + ")."));
        return page.build();
    }
}
