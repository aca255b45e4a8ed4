package dk.casescreen.jupyter;

import dk.casescreen.chart.Chart;
import dk.casescreen.chart.SvgChart;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import jdk.jshell.SourceCodeAnalysis;

/**
 * An IJava-compatible Java kernel on {@code jupyter-jvm-basekernel}: cells are evaluated by JShell
 * in this JVM with the project on the class path; {@code %jars} and {@code %classpath} add to it;
 * {@code display}, {@code render} and {@code updateDisplay} are imported into every session; the
 * value of a cell's last expression is rendered as its result ({@link Chart}s as SVG with their text
 * alternative as plain text). JShell starts in the background as
 * soon as the kernel does, so the kernel answers Jupyter at once.
 */
public final class JavaKernel extends BaseKernel {

    private final CompletableFuture<JShellEvaluator> evaluator;
    private final Magics magics;

    /** A kernel whose class path is this JVM's and whose relative paths resolve against {@code workingFolder}. */
    public JavaKernel(Path workingFolder) {
        super(StandardCharsets.UTF_8);
        List<Path> classPath = ClassPaths.ofThisJvm();
        this.evaluator = CompletableFuture.supplyAsync(() -> new JShellEvaluator(classPath), runnable -> {
            Thread t = new Thread(runnable, "casescreen-kernel-jshell-start");
            t.setDaemon(true);
            t.start();
        });
        this.magics = new Magics(workingFolder, path -> evaluator().addToClassPath(path));
        getRenderer().createRegistration(Chart.class).preferring(MIMEType.IMAGE_SVG).supporting(MIMEType.TEXT_PLAIN)
                .register((chart, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> NotebookOutput.text(chart));
                    context.renderIfRequested(MIMEType.IMAGE_SVG, () -> SvgChart.render(chart));
                });
    }

    private JShellEvaluator evaluator() {
        try {
            return evaluator.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while JShell was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("JShell could not start: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return new LanguageInfo("Java", Runtime.version().toString(), "text/x-java-source", ".jshell", "java", "java",
                "script");
    }

    @Override
    public String getBanner() {
        return "casescreen Java kernel (JShell " + Runtime.version() + ")";
    }

    @Override
    public DisplayData eval(String code) throws Exception {
        JShellEvaluator shell = evaluator();
        JShellEvaluator.Result last = new JShellEvaluator.NoValue();
        for (CellParts.Part part : CellParts.split(code)) {
            switch (part) {
                case CellParts.Magic magic -> {
                    magics.run(magic);
                    last = new JShellEvaluator.NoValue();
                }
                case CellParts.Java java -> last = shell.eval(java.code());
            }
        }
        if (last instanceof JShellEvaluator.Value(Object value) && value != null) {
            return value instanceof DisplayData data ? data : getRenderer().render(value);
        }
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        JavaSnippetAt snippet = JavaSnippetAt.find(code, at, evaluator());
        if (snippet == null) {
            return null;
        }
        int[] anchor = {-1};
        List<SourceCodeAnalysis.Suggestion> suggestions = evaluator().complete(snippet.code(), snippet.cursor(), anchor);
        if (suggestions.isEmpty() || anchor[0] < 0) {
            return null;
        }
        Set<String> options = new LinkedHashSet<>();
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType).forEach(s -> options.add(s.continuation()));
        suggestions.forEach(s -> options.add(s.continuation()));
        return new ReplacementOptions(new ArrayList<>(options), snippet.offset() + anchor[0], at);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        JavaSnippetAt snippet = JavaSnippetAt.find(code, at, evaluator());
        if (snippet == null) {
            return null;
        }
        return evaluator().documentation(snippet.code(), snippet.cursor(), extraDetail).map(DisplayData::new).orElse(null);
    }

    @Override
    public String isComplete(String code) {
        if (CellParts.split(code).stream().noneMatch(p -> p instanceof CellParts.Java)) {
            return IS_COMPLETE_YES;
        }
        return switch (evaluator().completeness(code)) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> IS_COMPLETE_YES;
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "    ";
            case UNKNOWN -> IS_COMPLETE_BAD;
        };
    }

    @Override
    public void interrupt() {
        if (evaluator.isDone()) {
            evaluator().stop();
        }
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        if (evaluator.isDone()) {
            evaluator().close();
        }
    }

    @Override
    public List<String> formatError(Exception e) {
        if (e instanceof CellException cell) {
            return cell.traceback().stream().flatMap(String::lines).map(line -> errorStyler.secondary(line)).toList();
        }
        return super.formatError(e);
    }

    /** The Java snippet around a cursor: its code, the cursor within it and its offset in the cell. */
    private record JavaSnippetAt(String code, int cursor, int offset) {

        static JavaSnippetAt find(String cell, int at, JShellEvaluator shell) {
            for (CellParts.Part part : CellParts.split(cell)) {
                if (part instanceof CellParts.Java java && at >= java.offset() && at <= java.offset() + java.code().length()) {
                    int start = 0;
                    for (int s : shell.snippetStarts(java.code())) {
                        if (s <= at - java.offset()) {
                            start = s;
                        }
                    }
                    String rest = java.code().substring(start);
                    return new JavaSnippetAt(rest, at - java.offset() - start, java.offset() + start);
                }
            }
            return null;
        }
    }
}
