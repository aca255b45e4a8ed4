/**
 * The local app ({@code casescreen app}): a web server on the loopback interface that a municipal
 * analyst opens in the browser to download the fill-in workbook, upload the filled one, see it
 * validated and get the report, the deck and the Excel tables, with the same library calls as the
 * command line. Not exported: it runs on the class path with the command line.
 */
package dk.casescreen.app;
