package dk.casescreen.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kernel's evaluation, completion and rendering, without a Jupyter connection. */
class JavaKernelTest {

    private static JavaKernel kernel;

    @BeforeAll
    static void start() {
        kernel = new JavaKernel(Path.of("").toAbsolutePath());
    }

    @AfterAll
    static void stop() {
        kernel.onShutdown(false);
    }

    @Test
    void theLastExpressionIsTheResultAndDeclarationsShowNothing() throws Exception {
        assertNull(kernel.eval("int answer = 40;"));
        DisplayData data = kernel.eval("answer += 1;\nanswer + 1");
        assertEquals("42", data.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void cellsRunInThisJvmWithTheProjectsClasses() throws Exception {
        JShellEvaluator shell = new JShellEvaluator(ClassPaths.ofThisJvm());
        try (shell) {
            JShellEvaluator.Result result = shell.eval("dk.casescreen.Language.of(\"da\")");
            assertSame(Language.DA, ((JShellEvaluator.Value) result).value(), "the same class, not a copy");
        }
    }

    @Test
    void compileErrorsPointAtTheCode() {
        CellException e = assertThrows(CellException.class, () -> kernel.eval("int y = undefinedName + 1;"));
        assertEquals("CompilationError", e.name());
        assertTrue(String.join("\n", e.traceback()).contains("undefinedName"), e.traceback().toString());
    }

    @Test
    void exceptionsNameTheirClassAndStopTheCell() throws Exception {
        kernel.eval("int counter = 0;");
        CellException e = assertThrows(CellException.class, () -> kernel.eval(
                "counter++;\nif (counter > 0) throw new IllegalStateException(\"boom\");\ncounter = 100;"));
        assertEquals("java.lang.IllegalStateException", e.name());
        assertEquals("boom", e.getMessage());
        assertEquals("1", kernel.eval("counter").getData(MIMEType.TEXT_PLAIN), "the snippet after the exception did not run");
    }

    @Test
    void incompleteCodeIsAnErrorAndIsCompleteSaysSo() {
        assertThrows(CellException.class, () -> kernel.eval("for (int i = 0; i < 3; i++) {"));
        assertEquals("    ", kernel.isComplete("for (int i = 0; i < 3; i++) {"));
        assertEquals("complete", kernel.isComplete("int z = 3;"));
    }

    @Test
    void completionOffersMembersAtTheCursor() throws Exception {
        kernel.eval("String s = \"ab\";");
        String code = "int a = 1;\ns.len";
        ReplacementOptions options = kernel.complete(code, code.length());
        assertTrue(options.getReplacements().contains("length()"), options.getReplacements().toString());
        assertEquals(code.length() - "len".length(), options.getSourceStart());
        String project = "dk.casescreen.reference.ReferenceData.bui";
        assertTrue(kernel.complete(project, project.length()).getReplacements().contains("builtIn()"));
    }

    @Test
    void notebookOutputsRenderAsHtmlWithATextFallback() throws Exception {
        DisplayData data = kernel.eval("dk.casescreen.jupyter.Notebook.danish().show("
                + "dk.casescreen.analysis.Profiles.of(dk.casescreen.reference.ReferenceData.builtIn().cases(), \"<alle>\"))");
        assertTrue(((String) data.getData(MIMEType.TEXT_HTML)).contains("&lt;alle&gt;"));
        assertTrue(((String) data.getData(MIMEType.TEXT_PLAIN)).startsWith("SYNTETISKE DATA"));
    }

    @Test
    void chartsRenderAsSvgWithTheirTextAlternative() throws Exception {
        DisplayData data = kernel.eval("dk.casescreen.jupyter.Notebook.danish().sharesChart("
                + "dk.casescreen.analysis.Profiles.of(dk.casescreen.reference.ReferenceData.builtIn().cases(), \"alle\"), \"target_group\")");
        assertTrue(((String) data.getData(MIMEType.IMAGE_SVG)).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        String text = (String) data.getData(MIMEType.TEXT_PLAIN);
        assertTrue(text.startsWith("SYNTETISKE DATA"), text);
        assertTrue(text.contains("alle (SYNTETISK)"), text);
    }

    @Test
    void anInterruptStopsARunningCell() throws Exception {
        var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                kernel.eval("Thread.sleep(30_000);");
                return "not interrupted";
            } catch (CellException e) {
                return e.name();
            } catch (Exception e) {
                return e.toString();
            }
        });
        // Interrupts until the cell ends: the first may come before the snippet has compiled and started.
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!running.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            kernel.interrupt();
        }
        assertEquals("Interrupted", running.get(1, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals("2", kernel.eval("1 + 1").getData(MIMEType.TEXT_PLAIN), "the kernel goes on");
    }

    @Test
    void displayOutsideAKernelSaysWhy() {
        CellException e = assertThrows(CellException.class, () -> kernel.eval("display(\"x\")"));
        assertTrue(e.getMessage().contains("No casescreen kernel is running"), e.getMessage());
    }
}
