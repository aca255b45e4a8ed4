/**
 * casescreen: the screening of especially expensive adult social cases in Danish municipalities as
 * a library. This root package holds what every other package shares: the output
 * {@link dk.casescreen.Language} (Danish or English), {@link dk.casescreen.Text} in both languages,
 * and {@link dk.casescreen.NumberFormats}, which formats numbers and p-values for people.
 *
 * <p>Data flows one way: files are loaded and validated into a case table
 * ({@code dk.casescreen.cases}) against the screening sheet ({@code dk.casescreen.sheet}); analyses
 * ({@code dk.casescreen.analysis}, built on the domain-free statistics of
 * {@code dk.casescreen.stats}) return immutable results; renderers ({@code dk.casescreen.report},
 * {@code dk.casescreen.chart}, {@code dk.casescreen.excel}) turn them into reports, decks and
 * workbooks, protected by {@code dk.casescreen.disclosure}.
 */
package dk.casescreen;
