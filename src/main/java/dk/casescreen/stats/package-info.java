/**
 * Statistics on numbers and labels, independent of the screening domain: contingency tables,
 * exact and asymptotic tests (Fisher's exact test for r×c tables, Pearson's chi-squared,
 * Cochran-Armitage, rank tests), tests for paired ratings (McNemar, Bowker, Stuart-Maxwell, Wilcoxon
 * signed rank) and agreement (Cohen's kappa), confidence intervals, logistic, proportional-odds and gamma
 * (log link) regression, the concentration of spending (Lorenz curve, Gini coefficient, top shares),
 * multiplicity adjustment and resampling.
 *
 * <p>Each test returns an immutable result record with broom's fields (method, statistic, df,
 * p-value, estimate, confidence interval, alternative, n) whose method text records every choice
 * made; expected values in the tests come from R. The package knows nothing of the sheet or of case
 * tables: it takes counts, numbers and labels as R users give them ({@code ContingencyTable.of(x, y)}
 * as {@code table(x, y)}, {@code DesignMatrix.modelMatrix(table, terms)} as {@code model.matrix}); the
 * adapters from case tables are in {@code dk.casescreen.analysis}.
 */
package dk.casescreen.stats;
