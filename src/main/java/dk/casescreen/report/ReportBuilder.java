package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.Text;
import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.CostAnalysis;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.MunicipalityCost;
import dk.casescreen.analysis.Reference;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.ScreeningRound;
import dk.casescreen.followup.FollowUp;
import dk.casescreen.followup.FollowUpOptions;
import dk.casescreen.cases.ValidationReport;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a report's input together: the own municipalities' cases analysed and compared with a
 * reference, and the funnel plot of all municipalities in the data. The reference is, in this order:
 * a benchmark the user gave, the pooled cases when the files hold at least
 * {@value #POOLED_MUNICIPALITIES} municipalities, or else the published figures of the 2022
 * screening. The built-in synthetic data are never the reference of real cases. When the cases hold two or
 * more dated screening rounds, every part of the report but the follow-up describes the latest round only
 * (a citizen screened in several rounds is counted once), and the follow-up compares the own
 * municipalities' rounds ({@link FollowUp}).
 */
public final class ReportBuilder {

    /** From this many municipalities the data are their own reference. */
    public static final int POOLED_MUNICIPALITIES = 5;

    private ReportBuilder() {
    }

    /**
     * The input of a report on {@code own} municipalities (codes).
     *
     * @param loaded     every case loaded (of every round; with two or more dated rounds the report describes the latest and follows the own citizens across them)
     * @param validation the validation report of the load
     * @param own        the codes of the municipalities the report is about
     * @param title      the title (their names)
     * @param options    analysis options (hypotheses, rule, opportunities, reference); populations, if any, give the funnel
     * @param disclosure the edition and its threshold
     * @param language   the report's language
     */
    public static ReportInput build(CaseTable loaded, ValidationReport validation, List<String> own, String title,
                                    AnalysisOptions options, Disclosure disclosure, Language language) {
        Set<String> ownSet = Set.copyOf(own);
        List<ScreeningRound> dated = datedRounds(loaded);
        CaseTable all = dated.size() >= 2 ? loaded.inRound(dated.getLast()) : loaded;
        Optional<ReportFollowUp> followUp = Optional.empty();
        if (dated.size() >= 2) {
            CaseTable ownAll = loaded.filter(r -> ownSet.contains(r.municipalityCode()));
            List<CaseTable> rounds = dated.stream().map(ownAll::inRound).toList();
            followUp = Optional.of(new ReportFollowUp(FollowUp.of(rounds, FollowUpOptions.defaults()), rounds, dated));
        }
        CaseTable ownCases = all.filter(r -> ownSet.contains(r.municipalityCode()));
        Set<String> present = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            present.add(all.municipalityCode(i));
        }
        AnalysisOptions withoutPopulations = options.withoutPopulations();
        Reference reference = options.reference().filter(r -> r.kind() == Reference.Kind.BENCHMARK)
                .orElseGet(() -> present.size() >= POOLED_MUNICIPALITIES
                        ? Reference.pooled(Analyses.run(all, withoutPopulations), pooledTitle(present.size()))
                        : options.reference().orElseGet(Reference::published2022));
        Analysis ownAnalysis = Analyses.run(ownCases, withoutPopulations.withReference(reference));
        Optional<FunnelPlot> funnel = Optional.empty();
        List<MunicipalityCost> perPopulation = List.of();
        if (present.size() >= 2 && options.populations().isPresent()) {
            funnel = Optional.of(FunnelPlot.ofScreened(all, options.populations().get()));
            perPopulation = CostAnalysis.perPopulation(all, options.populations().get());
        }
        return new ReportInput(title, own, all, ownAnalysis, reference, validation, disclosure, language, funnel, followUp,
                perPopulation);
    }

    /**
     * The dated screening rounds of the cases, earliest first (the undated round left out). With two or more,
     * a report or an analysis describes the latest of them, {@code cases.inRound(rounds.getLast())}.
     */
    public static List<ScreeningRound> datedRounds(CaseTable cases) {
        return cases.rounds().stream().filter(ScreeningRound::isDated).toList();
    }

    private static Text pooledTitle(int municipalities) {
        return new Text("alle " + municipalities + " kommuner i data", "all " + municipalities + " municipalities in the data");
    }
}
