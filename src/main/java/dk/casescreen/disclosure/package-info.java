/**
 * Statistical disclosure control for shared outputs: primary and secondary cell suppression of counts of
 * persons, and an attacker that checks the result.
 *
 * <p>Every published count is the number of cases of one universe (rows of one case table) in a set: a
 * {@link dk.casescreen.disclosure.Publication} holds the cells as member sets, so margins, totals and overlaps
 * between tables need not be declared. {@link dk.casescreen.disclosure.Suppression#protect} hides counts of 1
 * to threshold−1 (threshold 5 unless set, never below 3) and then complementary cells until
 * {@link dk.casescreen.disclosure.DisclosureAudit} finds that no hidden small count can be narrowed to an
 * interval less than threshold wide by linear programming over the cells that remain shown (protection
 * intervals as in τ-ARGUS and sdcTable; Hundepool et al., <i>Statistical Disclosure Control</i>, Wiley 2012,
 * §4.3). Derived statistics that reveal counts (odds ratios, shares) are declared with
 * {@link dk.casescreen.disclosure.Publication#dependsOn} and shown only when
 * {@link dk.casescreen.disclosure.SuppressionPlan#mayShow} says so.
 *
 * <p>The package depends on nothing else in casescreen except {@link dk.casescreen.Language}; messages name
 * tables, rows and columns, never cases.
 */
package dk.casescreen.disclosure;
