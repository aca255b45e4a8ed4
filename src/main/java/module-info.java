/**
 * casescreen: the screening sheet, case loading and validation, statistics, analyses and reports for
 * especially expensive adult social cases in Danish municipalities.
 *
 * <p>The exported packages are the library's API. The command line ({@code dk.casescreen.cli}), the
 * notebook kernel ({@code dk.casescreen.jupyter}), the local app ({@code dk.casescreen.app}) and what the
 * command line and the app share ({@code dk.casescreen.request}) live in the same jar but are not exported: they
 * run on the class path ({@code casescreen.jar} with {@code lib/}), and their dependencies (picocli,
 * jupyter-jvm-basekernel with ZeroMQ and gson, Smile) are optional, so a project that depends on
 * casescreen does not get them.
 */
module dk.casescreen {
    // Tablesaw has no module descriptor nor Automatic-Module-Name: its name comes from the jar's file name.
    requires transitive tablesaw.core;
    // Tablesaw needs these three named modules at run time (ClassGraph finds its readers when Table is
    // first used, SLF4J logs, RoaringBitmap holds selections); as an automatic module Tablesaw cannot
    // say so itself, so the module that hands out Tables does, and --add-modules dk.casescreen suffices.
    requires io.github.classgraph;
    requires org.slf4j;
    requires roaringbitmap;
    requires transitive tools.jackson.databind;
    requires transitive org.apache.poi.ooxml;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;
    requires tools.jackson.core;
    requires org.apache.commons.statistics.distribution;
    requires org.apache.commons.numbers.gamma;
    requires org.apache.commons.rng.api;
    requires org.apache.commons.rng.simple;
    requires java.desktop;
    requires java.xml;

    // Only the command line and the kernel use these; they are optional dependencies.
    requires static info.picocli;
    requires static jupyter.jvm.basekernel;
    requires static jdk.jshell;
    requires static java.logging;
    // Only the app (casescreen app) uses the JDK's HTTP server; it runs on the class path with the command line.
    requires static jdk.httpserver;

    exports dk.casescreen;
    exports dk.casescreen.sheet;
    exports dk.casescreen.cases;
    exports dk.casescreen.stats;
    exports dk.casescreen.analysis;
    exports dk.casescreen.followup;
    exports dk.casescreen.reference;
    exports dk.casescreen.reference.synth;
    exports dk.casescreen.disclosure;
    exports dk.casescreen.chart;
    exports dk.casescreen.report;
    exports dk.casescreen.excel;
}
