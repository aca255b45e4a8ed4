package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.Reference;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.ValidationReport;
import java.util.List;
import java.util.Optional;

/**
 * Everything a report shows, computed beforehand (renderers compute no statistics).
 *
 * @param title          the report's subject: the municipality or municipalities
 * @param municipalities the codes of the municipalities whose cases the report is about
 * @param cases          every case loaded (the own municipalities' and the others'); the report's counts are sets of them
 * @param own            the analysis of the own municipalities' cases
 * @param reference      what the own numbers are compared with
 * @param validation     the validation report of the files read
 * @param disclosure     the edition: internal (own case numbers shown) or shared
 * @param language       the report's language
 * @param funnel         the funnel plot of all municipalities in the data, where populations are known and the data
 *                       hold several municipalities
 * @param followUp       the follow-up across screening rounds, when the cases hold two or more dated rounds (then
 *                       {@code cases} and {@code own} are the latest round's)
 * @param costPerPopulation spending on the screened cases per 1,000 inhabitants aged 18–66 of every municipality in
 *                       the data with a population, ranked (issue 14); empty without a funnel plot
 */
public record ReportInput(String title, List<String> municipalities, CaseTable cases, Analysis own, Reference reference,
                          ValidationReport validation, Disclosure disclosure, Language language, Optional<FunnelPlot> funnel, Optional<ReportFollowUp> followUp,
                          List<dk.casescreen.analysis.MunicipalityCost> costPerPopulation) {

    /** Creates the input; the lists are copied. */
    public ReportInput {
        municipalities = List.copyOf(municipalities);
        costPerPopulation = List.copyOf(costPerPopulation);
        java.util.Objects.requireNonNull(followUp);
    }

    /** The input of a report on one screening round (no follow-up). */
    public ReportInput(String title, List<String> municipalities, CaseTable cases, Analysis own, Reference reference,
                       ValidationReport validation, Disclosure disclosure, Language language, Optional<FunnelPlot> funnel) {
        this(title, municipalities, cases, own, reference, validation, disclosure, language, funnel, Optional.empty());
    }

    /** The input of a report without spending per 1,000 inhabitants. */
    public ReportInput(String title, List<String> municipalities, CaseTable cases, Analysis own, Reference reference,
                       ValidationReport validation, Disclosure disclosure, Language language, Optional<FunnelPlot> funnel,
                       Optional<ReportFollowUp> followUp) {
        this(title, municipalities, cases, own, reference, validation, disclosure, language, funnel, followUp, List.of());
    }

    /** Whether anything in the report is synthetic: the own cases or the reference (each is labelled where it shows). */
    public boolean synthetic() {
        return cases.origin().isSynthetic() || reference.synthetic();
    }
}
