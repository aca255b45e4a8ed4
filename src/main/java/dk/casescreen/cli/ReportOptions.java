package dk.casescreen.cli;

import dk.casescreen.Language;
import dk.casescreen.analysis.BenchmarkException;
import dk.casescreen.cases.CaseLoadException;
import dk.casescreen.cases.Cases;
import dk.casescreen.disclosure.DisclosureException;
import dk.casescreen.report.ReportInput;
import dk.casescreen.request.OutputFile;
import dk.casescreen.request.ReportRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs and options every form of the report shares ({@code report}, {@code slides},
 * {@code export}): the case files, the municipalities it is about, the edition and threshold, the
 * populations, extra hypotheses and a benchmark, and the language. A picocli mixin.
 */
final class ReportOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", description = "Filled-in case files or folders.")
    private List<Path> inputs;

    @Option(names = "--municipality", paramLabel = "NAME", description = "The municipality the report is about (repeatable).")
    private List<String> municipalityNames = new ArrayList<>();

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", converter = LanguageConverter.class,
            description = "Language (default: da).")
    private Language language;

    @Option(names = "--shared", description = "The shared edition even for one municipality.")
    private boolean shared;

    @Option(names = "--threshold", defaultValue = "5", paramLabel = "N",
            description = "Suppress counts under N persons in the shared edition (default 5, never below 3).")
    private int threshold;

    @Option(names = "--populations", paramLabel = "FILE", description = "FOLK1A export (or code;name;region;aged_18_66) for the funnel plot.")
    private Path populations;

    @Option(names = "--municipalities", paramLabel = "FILE",
            description = "Also accept the municipalities in FILE (code;name;region;aged_18_66); also used as populations.")
    private Path municipalitiesFile;

    @Option(names = "--hypotheses", paramLabel = "FILE", description = "Add the hypotheses in FILE to the built-in ones (repeatable).")
    private List<Path> extraHypotheses = new ArrayList<>();

    @picocli.CommandLine.Mixin
    private RoundOption round;

    @Option(names = "--benchmark", paramLabel = "FILE",
            description = "Compare with the pooled benchmark in FILE (made by casescreen benchmark) instead of the published figures.")
    private Path benchmark;

    /** The language asked for. */
    Language language() {
        return language;
    }

    /**
     * Loads the files and puts the report's input together; notes of a benchmark go to {@code err}.
     *
     * @throws CaseLoadException        when a file cannot be read
     * @throws BenchmarkException       when the benchmark cannot be read
     * @throws IllegalArgumentException when an option names something unknown
     */
    ReportInput input(String command, PrintWriter err) throws IOException {
        return request().input(round.apply(Cases.files(inputs)), note -> err.println("casescreen " + command + ": " + note.in(language)));
    }

    /** The options as the plain request the app shares. */
    ReportRequest request() {
        return new ReportRequest(municipalityNames, shared, threshold, Optional.ofNullable(populations), Optional.ofNullable(municipalitiesFile),
                extraHypotheses, Optional.ofNullable(benchmark), language);
    }

    /**
     * The exit code and one-line message of a failure while reading the inputs or writing the output:
     * unreadable input or a wrong option is 2, a report whose counts cannot be protected is 1.
     */
    int fail(String command, Exception e, PrintWriter err) {
        String prefix = "casescreen " + command + ": ";
        return switch (e) {
            case BenchmarkException b -> fail(prefix, b, ExitCodes.UNREADABLE, err);
            case CaseLoadException c -> fail(prefix, c, ExitCodes.UNREADABLE, err);
            case DisclosureException d -> fail(prefix, d, ExitCodes.PROBLEMS, err);
            case OutputFile.OutputException o -> fail(prefix, o, ExitCodes.UNREADABLE, err);
            case IllegalArgumentException i -> fail(prefix, i, ExitCodes.UNREADABLE, err);
            case IOException io -> fail(prefix, io, ExitCodes.UNREADABLE, err);
            default -> throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        };
    }

    private int fail(String prefix, Exception e, int code, PrintWriter err) {
        err.println(prefix + ReportRequest.message(e, language).orElseThrow());
        return code;
    }
}
