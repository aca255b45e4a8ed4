package dk.casescreen.cli;

import dk.casescreen.jupyter.JavaKernel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code casescreen aot-training} (hidden): the training run of the ahead-of-time cache (JEP 483/515) that the
 * {@code casescreen} launcher makes with {@code -XX:AOTCacheOutput} when the jar is new. It runs the common
 * paths of the commands and the notebook kernel in this one JVM, on a small SYNTHETIC data set in a temporary
 * folder, so that their classes are loaded and linked, and their methods profiled, in the cache: the help,
 * {@code synth}, {@code validate}, {@code analyze} and {@code report} of 300 cases, {@code demo} (the disclosure
 * control's linear programs), and a kernel cell when the
 * runtime has JShell (the trimmed runtime of the packaged app has not: {@code scripts/app-image --aot}).
 * Prints nothing; exits 0 when every step ran as expected, 1 otherwise (the launcher then makes no cache).
 */
@Command(name = "aot-training", hidden = true,
        description = "The training run of the launcher's ahead-of-time cache (not for people).")
final class AotTrainingCommand implements Callable<Integer> {

    /** The first cells of a notebook, as the kernel's training runs them. */
    static final String KERNEL_CELL = """
            import dk.casescreen.Language;
            import dk.casescreen.cases.*;
            import dk.casescreen.jupyter.Notebook;
            Notebook nb = Notebook.danish();
            6 * 7""";

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("casescreen-aot-training");
        try {
            boolean ok = commands(folder) && (!hasJShell() || kernel(folder));
            return ok ? ExitCodes.OK : ExitCodes.PROBLEMS;
        } finally {
            delete(folder);
        }
    }

    /** The commands' common paths; each must exit as it does on good (synthetic) data. */
    private static boolean commands(Path folder) {
        String data = folder.resolve("synth").toString();
        String cases = folder.resolve("synth").resolve("cases.csv").toString();
        String municipalities = folder.resolve("synth").resolve("municipalities.csv").toString();
        List<List<String>> runs = List.of(
                List.of("--help"),
                List.of("--version"),
                List.of("validate", "--help"),
                List.of("synth", "--seed", "1", "--cases", "300", "--municipalities", "1", "--out", data),
                List.of("validate", "--municipalities", municipalities, cases),
                List.of("validate", "--municipalities", municipalities, "--json", folder.resolve("v.json").toString(), cases),
                List.of("analyze", "--municipalities", municipalities, cases),
                List.of("report", "--municipalities", municipalities, "--out", folder.resolve("report").toString(), cases),
                // the README's first command, whose disclosure control solves the linear programs
                List.of("demo", "--out", folder.resolve("demo").toString()));
        boolean ok = true;
        for (List<String> args : runs) {
            int code = Main.run(args.toArray(String[]::new), new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
            ok &= code == ExitCodes.OK || code == ExitCodes.PROBLEMS && args.getFirst().equals("validate");
        }
        return ok;
    }

    /** Whether this runtime has the kernel's JShell (a JDK has; the app image's jlinked runtime has not). */
    static boolean hasJShell() {
        return ModuleLayer.boot().findModule("jdk.jshell").isPresent();
    }

    /** A kernel session (JShell and the Java compiler) running a notebook's first cell. */
    private static boolean kernel(Path folder) throws Exception {
        JavaKernel kernel = new JavaKernel(folder);
        try {
            return kernel.eval(KERNEL_CELL) != null;
        } finally {
            kernel.onShutdown(false);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
