/**
 * The 36-question screening sheet as data: questions with stable keys, Danish and English wording,
 * answer options in the sheet's order, conditional questions, retired questions of later sheet
 * versions, provenance and the published figures.
 *
 * <p>{@link dk.casescreen.sheet.ScreeningSheet} loads the sheet shipped with the library (or a
 * user's own version of it) and is what every loader and analysis is checked against.
 */
package dk.casescreen.sheet;
