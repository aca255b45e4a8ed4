/**
 * The analyses of a case table: who the citizens are (profiles and comparisons with the published
 * reference), why the cases are expensive (the ten cost hypotheses, and hypotheses of one's own,
 * tested as one multiplicity family), what can be done (action opportunities per case), and how
 * municipalities compare (rates per 1,000 in a funnel plot, pooled benchmarks).
 *
 * <p>{@link dk.casescreen.analysis.Analyses#run} is the entry point; analyses are pure functions
 * returning immutable results and never format text. The adapters from a case table to the numeric
 * core of {@code stats} live here: {@link dk.casescreen.analysis.CrossTabs} (two questions as a
 * contingency table) and {@link dk.casescreen.analysis.CaseDesign} (a regression design). Results
 * render themselves as tidy Tablesaw tables ({@code asTable()}, with broom's column names).
 */
package dk.casescreen.analysis;
