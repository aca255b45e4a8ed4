package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.cases.ValidationReport;
import java.util.List;

/**
 * Everything a report shows, computed beforehand (renderers compute no statistics).
 *
 * @param title          the report's subject: the municipality or municipalities
 * @param municipalities the codes of the municipalities whose cases the report is about
 * @param own            the analysis of those cases
 * @param reference      the analysis of the reference data the report compares with
 * @param validation     the validation report of the files read
 * @param disclosure     internal (case numbers shown) or shared (small cells suppressed)
 * @param language       the report's language
 * @param synthetic      whether the data are synthetic (every section then says so)
 * @param funnel         the funnel plot of all municipalities in the data, where populations are known and the data
 *                       hold several municipalities (never real cases against synthetic ones)
 */
public record ReportInput(String title, List<String> municipalities, Analysis own, Analysis reference,
                          ValidationReport validation, Disclosure disclosure, Language language, boolean synthetic,
                          java.util.Optional<dk.casescreen.analysis.FunnelPlot> funnel) {

    /** Creates the input; the list is copied. */
    public ReportInput {
        municipalities = List.copyOf(municipalities);
    }
}
