/**
 * Loading case records from CSV, Excel and JSON into one validated case table.
 *
 * <p>{@link dk.casescreen.cases.Cases} is the entry point ({@code Cases.csv(path)},
 * {@code Cases.excel(path).sheet("Sager").lenient().load()}, folders and lists of files). Every input
 * row ends up accepted in the {@link dk.casescreen.cases.CaseTable} or rejected with its reasons in
 * the validation report, each problem located to file, sheet, row, column and value. A case table
 * keeps the sheet's answer order, knows where every record came from and whether the data are
 * synthetic. {@link dk.casescreen.cases.Municipalities} are the municipalities a record may name (the
 * Danish ones and the fictional ones of synthetic data).
 */
package dk.casescreen.cases;
