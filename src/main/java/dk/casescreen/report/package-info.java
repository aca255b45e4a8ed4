/**
 * Renderers of an analysis: the HTML report (Danish or English, printable on A4), the slide deck with
 * native charts, the tidy export tables (CSV and Excel) and the JSON and text forms of the analysis.
 *
 * <p>All of them are built from one prepared report, so they show the same numbers with the same
 * suppression of small counts; renderers compute no statistics and take the synthetic label from the
 * data.
 */
package dk.casescreen.report;
