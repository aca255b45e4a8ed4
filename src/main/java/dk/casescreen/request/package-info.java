/**
 * What the command line ({@code dk.casescreen.cli}) and the local app ({@code dk.casescreen.app}) ask of the
 * library in the same way: the user's input files read into the library's types, a report built from files
 * and options, the report's files and other outputs written safely, the fill-in workbook. Not exported: the
 * front ends' shared ground, not API.
 */
package dk.casescreen.request;
