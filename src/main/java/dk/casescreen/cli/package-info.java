/**
 * The {@code casescreen} command line (picocli): demo, validate, analyze, report, slides, export,
 * template, benchmark, synth, calibration and kernel. Not part of the library's API: it needs the
 * optional picocli dependency and runs from {@code target/casescreen.jar} with {@code target/lib}.
 */
package dk.casescreen.cli;
