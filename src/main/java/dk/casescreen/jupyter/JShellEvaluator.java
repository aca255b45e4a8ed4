package dk.casescreen.jupyter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Evaluates Java code with JShell in the kernel's JVM: splits a cell into snippets, runs them in
 * order, stops at the first one that does not compile or throws, and returns the value of the last
 * expression. The class path starts as the kernel's own (the project and its libraries) and grows
 * with {@link #addToClassPath(Path)}.
 */
final class JShellEvaluator implements AutoCloseable {

    /** The imports every session starts with: JShell's default ones and the display functions. */
    static final List<String> STARTUP = List.of(
            "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
            "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
            "import java.util.regex.*;", "import java.util.stream.*;",
            "import static dk.casescreen.jupyter.Display.*;");

    /** What a cell left to show: nothing, or a value (which may be null). */
    sealed interface Result permits NoValue, Value {
    }

    /** The cell ended with a declaration or statement. */
    record NoValue() implements Result {
    }

    /** The cell ended with an expression. */
    record Value(Object value) implements Result {
    }

    private final KernelExecutionControl.Provider provider = new KernelExecutionControl.Provider();
    private final JShell shell;
    private final SourceCodeAnalysis analysis;

    /** A JShell with the given class path and the startup imports. */
    JShellEvaluator(List<Path> classPath) {
        this.shell = JShell.builder()
                .executionEngine(provider, Map.of())
                .compilerOptions("-Xlint:-options")
                .build();
        this.analysis = shell.sourceCodeAnalysis();
        classPath.forEach(this::addToClassPath);
        for (String line : STARTUP) {
            try {
                eval(line);
            } catch (CellException e) {
                throw new IllegalStateException("The kernel's startup import failed: " + line + ": " + e.getMessage(), e);
            }
        }
    }

    /** Adds a jar or class folder to the class path of both the compiler and the running code. */
    void addToClassPath(Path entry) {
        shell.addToClasspath(entry.toAbsolutePath().normalize().toString());
    }

    /** Evaluates the code, snippet by snippet. */
    Result eval(String code) throws CellException {
        Result last = new NoValue();
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(code);
        while (info.completeness().isComplete()) {
            last = evalSnippet(info.source());
            info = analysis.analyzeCompletion(info.remaining());
        }
        if (info.completeness() != SourceCodeAnalysis.Completeness.EMPTY) {
            throw new CellException("IncompleteCode", "the cell ends with incomplete code", List.of("The cell ends with incomplete code:", "    " + info.remaining().trim()));
        }
        return last;
    }

    private Result evalSnippet(String source) throws CellException {
        List<SnippetEvent> events = shell.eval(source);
        KernelExecutionControl control = provider.control();
        if (control != null && control.takeStopped()) {
            throw new CellException("Interrupted", "the cell was interrupted",
                    List.of("Interrupted: the cell was stopped (Kernel > Interrupt); the snippets after it did not run."));
        }
        Result result = new NoValue();
        // Every value is taken, also when a later event fails, so that none is left behind.
        for (SnippetEvent event : events) {
            String key = event.value();
            Object value = control != null && control.holds(key) ? control.take(key) : null;
            if (event.causeSnippet() == null && event.status().isDefined()) {
                result = switch (event.snippet().subKind()) {
                    case VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND, TEMP_VAR_EXPRESSION_SUBKIND -> new Value(value);
                    default -> new NoValue();
                };
            }
        }
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;
            }
            if (event.exception() != null) {
                throw runtimeError(event.exception());
            }
            if (!event.status().isDefined()) {
                throw compileError(event.snippet());
            }
        }
        return result;
    }

    private CellException compileError(Snippet snippet) {
        List<String> lines = new ArrayList<>();
        String source = snippet.source();
        List<Diag> diagnostics = shell.diagnostics(snippet).filter(Diag::isError).toList();
        for (Diag d : diagnostics) {
            lines.add(d.getMessage(java.util.Locale.ENGLISH));
            lines.addAll(pointAt(source, (int) d.getStartPosition(), (int) d.getEndPosition()));
        }
        if (diagnostics.isEmpty()) {
            lines.add("The snippet could not be defined: " + snippet.source().trim());
            if (snippet instanceof jdk.jshell.DeclarationSnippet declaration) {
                String missing = shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
                if (!missing.isEmpty()) {
                    lines.add("It refers to what is not defined: " + missing);
                }
            }
        }
        String first = diagnostics.isEmpty() ? "compilation failed" : diagnostics.getFirst().getMessage(java.util.Locale.ENGLISH);
        return new CellException("CompilationError", first.lines().findFirst().orElse(first), lines);
    }

    private static List<String> pointAt(String source, int start, int end) {
        if (start < 0 || start > source.length()) {
            return List.of();
        }
        int lineStart = source.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) {
            lineStart = 0;
        }
        int lineEnd = source.indexOf('\n', start);
        String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
        int width = Math.max(1, Math.min(end, lineStart + line.length()) - start);
        return List.of("    " + line, "    " + " ".repeat(start - lineStart) + "^".repeat(width));
    }

    private CellException runtimeError(JShellException e) {
        List<String> lines = new ArrayList<>();
        String name;
        if (e instanceof EvalException ee) {
            name = ee.getExceptionClassName();
            describe(ee, lines);
        } else if (e instanceof UnresolvedReferenceException ure) {
            name = "UnresolvedReference";
            lines.add("Unresolved reference in " + ure.getSnippet().source().trim() + ": "
                    + shell.unresolvedDependencies(ure.getSnippet()).collect(Collectors.joining(", ")));
        } else {
            name = e.getClass().getName();
            lines.add(String.valueOf(e.getMessage()));
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        return new CellException(name, message, lines);
    }

    private static void describe(EvalException e, List<String> lines) {
        lines.add(e.getExceptionClassName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        for (StackTraceElement frame : e.getStackTrace()) {
            // JShell names the frames of snippet code by the snippet ("#12") instead of a source file.
            if (frame.getFileName() != null && frame.getFileName().startsWith("#")) {
                lines.add("\tat the cell's snippet " + frame.getFileName() + ", line " + frame.getLineNumber());
                break;
            }
            lines.add("\tat " + frame);
        }
        if (e.getCause() instanceof EvalException cause) {
            lines.add("Caused by:");
            describe(cause, lines);
        }
    }

    /** Completion candidates at {@code cursor} in one snippet of code; {@code anchor[0]} receives the start of the text they replace. */
    List<SourceCodeAnalysis.Suggestion> complete(String snippet, int cursor, int[] anchor) {
        return analysis.completionSuggestions(snippet, cursor, anchor);
    }

    /** The start offsets of the snippets in code, as JShell splits it (the last may be incomplete). */
    List<Integer> snippetStarts(String code) {
        List<Integer> starts = new ArrayList<>();
        int offset = 0;
        String rest = code;
        while (true) {
            starts.add(offset);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete() || info.remaining().isEmpty()) {
                return starts;
            }
            offset += rest.length() - info.remaining().length();
            rest = info.remaining();
        }
    }

    /** Documentation (signatures, and Javadoc when asked for) of what is at {@code cursor}. */
    Optional<String> documentation(String snippet, int cursor, boolean javadoc) {
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(snippet, cursor, javadoc);
        if (docs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(docs.stream().map(d -> d.signature() + (d.javadoc() == null ? "" : "\n" + d.javadoc()))
                .collect(Collectors.joining("\n\n")));
    }

    /** Whether code is complete enough to run: the JShell completeness of its last snippet. */
    SourceCodeAnalysis.Completeness completeness(String code) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(code);
        while (info.completeness().isComplete() && !info.remaining().isBlank()) {
            info = analysis.analyzeCompletion(info.remaining());
        }
        return info.completeness();
    }

    /** Stops the snippet that is running, if any. */
    void stop() {
        shell.stop();
    }

    @Override
    public void close() {
        shell.close();
    }
}
