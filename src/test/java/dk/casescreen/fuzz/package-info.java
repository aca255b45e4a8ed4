/**
 * A seeded mutation (fuzz) test of {@code casescreen validate}: synthetic CSV, workbook and JSON seeds,
 * mutated byte by byte, row by row, part by part and with CPR numbers planted, must each end in exit 0, 1
 * or 2 with a consistent row account, in bounded time, with no exception and no CPR number in the output.
 */
package dk.casescreen.fuzz;
