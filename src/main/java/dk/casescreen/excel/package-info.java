/**
 * The fill-in workbook a municipality screens itself with: one row per case, answers from drop-down
 * lists in the sheet's order, the sheet's version in a hidden sheet, in Danish or English.
 */
package dk.casescreen.excel;
