package dk.casescreen.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the notebooks in {@code notebooks/} top to bottom against the kernel in the built jar, starts
 * the kernel 20 times in a row, and shows that a notebook with an error in a cell fails the run. All
 * through {@code notebooks/run_notebooks.py} with Debian's python3-nbclient. Without Jupyter the tests
 * are skipped, unless {@code CI} or {@code CASESCREEN_REQUIRE_JUPYTER} is set (scripts/test sets it).
 */
class NotebooksIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path RUNNER = ROOT.resolve("notebooks/run_notebooks.py");
    private static final Path JAR = ROOT.resolve("target/casescreen.jar");
    private static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

    /** What a run of the runner printed and how it ended. */
    record Run(int exit, String output) {
    }

    @BeforeAll
    static void jupyterIsThere() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the jar is built before the integration tests: " + JAR);
        Run check = run(List.of(PYTHON, "-c", "import nbclient, nbformat, jupyter_client"), 60);
        if (check.exit() != 0) {
            String why = "Jupyter for Python is missing (" + check.output().strip() + "); install the packages in "
                    + "scripts/test-packages.txt (python3-nbclient, python3-nbformat, python3-jupyter-client)";
            if (System.getenv("CI") != null || System.getenv("CASESCREEN_REQUIRE_JUPYTER") != null) {
                fail(why);
            }
            Assumptions.abort(why);
        }
    }

    private static Run run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("casescreen-notebooks", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("timed out after " + timeoutSeconds + " s: " + command + "\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static Run runner(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(PYTHON, RUNNER.toString(), "--jar", JAR.toString(),
                "--java", Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(args));
        return run(command, 600);
    }

    @Test
    void everyNotebookRunsTopToBottomWithItsKeyOutputs() throws Exception {
        Run run = runner("--out", ROOT.resolve("target/notebooks").toString());
        assertEquals(0, run.exit(), run.output());
        long notebooks;
        try (var files = Files.list(ROOT.resolve("notebooks"))) {
            notebooks = files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).count();
        }
        assertTrue(notebooks >= 5, "notebooks found: " + notebooks);
        assertTrue(run.output().contains("notebooks: " + notebooks + " of " + notebooks + " ran top to bottom"), run.output());
    }

    @Test
    void kernelStartsTwentyTimesInARowWithoutHanging() throws Exception {
        Run run = runner("--kernel-starts", "20");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("kernel starts: 20 of 20 ready"), run.output());
    }

    private static Path notebook(Path dir, String name, String... codeCells) throws IOException {
        StringBuilder cells = new StringBuilder("""
                {"cell_type": "markdown", "metadata": {}, "source": ["# Test\\n", "Syntetiske data."]}""");
        for (String code : codeCells) {
            cells.append(",\n{\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"outputs\": [], \"source\": [\"")
                    .append(code.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]}");
        }
        String json = "{\"nbformat\": 4, \"nbformat_minor\": 4, \"metadata\": {\"kernelspec\": {\"name\": \"java\", "
                + "\"display_name\": \"Java\", \"language\": \"java\"}}, \"cells\": [\n" + cells + "\n]}\n";
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aNotebookShowingAnEmptyResultWhereCasesAreExpectedFailsTheRun(@TempDir Path dir) throws Exception {
        Path emptySegment = notebook(dir, "segment.ipynb", "System.out.println(\"Segment 1 (SYNTETISK): 0 sager\");");
        Path emptyShare = notebook(dir, "share.ipynb", "System.out.println(\"Dom: 0,0 % (0 af 0)\");");
        Run run = runner(emptySegment.toString(), emptyShare.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("FAILED segment.ipynb") && run.output().contains("a group of 0 cases"), run.output());
        assertTrue(run.output().contains("FAILED share.ipynb") && run.output().contains("a share of 0 of 0"), run.output());
    }

    @Test
    void aNotebookWithAnErrorInACellFailsTheRun(@TempDir Path dir) throws Exception {
        Path good = notebook(dir, "good.ipynb", "int x = 20;", "x + 22");
        Run passing = runner(good.toString());
        assertEquals(0, passing.exit(), passing.output());

        Path thrown = notebook(dir, "thrown.ipynb", "int x = 20;", "if (x > 1) throw new IllegalStateException(\"planted error\");",
                "x + 22");
        Run failing = runner(thrown.toString());
        assertEquals(1, failing.exit(), failing.output());
        assertTrue(failing.output().contains("FAILED thrown.ipynb"), failing.output());
        assertTrue(failing.output().contains("cell 3 failed") && failing.output().contains("planted error"), failing.output());

        Path uncompilable = notebook(dir, "uncompilable.ipynb", "int y = undefinedName + 1;");
        Run compileError = runner(uncompilable.toString());
        assertEquals(1, compileError.exit(), compileError.output());
        assertTrue(compileError.output().contains("cannot find symbol"), compileError.output());

        Path stderr = notebook(dir, "stderr.ipynb", "new RuntimeException(\"swallowed\").printStackTrace();");
        Run printed = runner(stderr.toString());
        assertEquals(1, printed.exit(), printed.output());
        assertTrue(printed.output().contains("exception to standard error"), printed.output());
    }
}
