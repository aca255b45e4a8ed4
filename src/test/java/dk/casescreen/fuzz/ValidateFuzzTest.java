package dk.casescreen.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.casescreen.Privacy;
import dk.casescreen.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seeded mutation test of issue 17: several hundred mutants of a synthetic CSV file, fill-in
 * workbook and JSON file ({@link Mutator}) are each checked with {@code validate --json - FILE} and
 * {@code validate --lang en FILE}, run in-process. For every mutant: the exit code is 0, 1 or 2 (3
 * means an internal error reached the edge) and the same for both; no exception name or stack trace
 * is printed; with exit 0 or 1 the JSON parses and its summary and every file have read = accepted +
 * rejected, as the text's total line says; the two runs end within {@value #BOUND_SECONDS} seconds (a
 * safety net against hangs, not a performance claim); no CPR-like number is printed, and no planted
 * CPR number appears, not even as its bare digits.
 *
 * <p>Properties: {@code -Dcasescreen.fuzz.seed=S} (default {@value #DEFAULT_SEED}),
 * {@code -Dcasescreen.fuzz.mutants=N} (default {@value #DEFAULT_MUTANTS}, sized to stay well under 3
 * minutes on a 2-core machine) and {@code -Dcasescreen.fuzz.only=I} to rerun one mutant, named in a
 * failure as "seed S mutant I". A longer run is one command, {@code scripts/fuzz --mutants 20000 --seed 7};
 * {@code scripts/fuzz --seed 7 --only 1234} repeats one mutant.
 */
class ValidateFuzzTest {

    static final long DEFAULT_SEED = 17;
    static final int DEFAULT_MUTANTS = 900;
    static final int BOUND_SECONDS = 20;

    private static final Pattern EXCEPTION = Pattern.compile("\\w+(Exception|Error)\\b|\\tat |java\\.|tools\\.jackson|org\\.apache");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) read = (\\d+) accepted \\+ (\\d+) rejected");
    private static final Set<Integer> EXPECTED_EXITS = Set.of(0, 1, 2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** The outcome of one in-process run of the command line. */
    private record Run(int exit, String out, String err) {

        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Run(exit, out.toString(), err.toString());
        }

        String all() {
            return out + err;
        }
    }

    @TestFactory
    Stream<DynamicTest> validateEndsCleanlyOnEveryMutant() throws IOException {
        long seed = Long.getLong("casescreen.fuzz.seed", DEFAULT_SEED);
        int count = Integer.getInteger("casescreen.fuzz.mutants", DEFAULT_MUTANTS);
        String only = System.getProperty("casescreen.fuzz.only", "");
        Mutator mutator = new Mutator(Seeds.make(), seed);
        IntStream indexes = only.isBlank() ? IntStream.range(0, count) : IntStream.of(Integer.parseInt(only.strip()));
        return indexes.mapToObj(i -> {
            Mutant m;
            try {
                m = mutator.mutant(i);
            } catch (RuntimeException e) {
                return DynamicTest.dynamicTest("seed " + seed + " mutant " + i + " (could not be made)", () -> {
                    throw e;
                });
            }
            return DynamicTest.dynamicTest(m.name(), () -> check(i, m));
        });
    }

    private void check(int index, Mutant m) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("m" + index));
        Path file = Files.write(folder.resolve(m.fileName()), m.bytes());
        java.io.PrintStream systemErr = System.err;
        java.io.PrintStream systemOut = System.out;
        java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
        try {
            // a library that prints past the command's writers (an XML parser's "[Fatal Error]") is caught here
            java.io.PrintStream capture = new java.io.PrintStream(stray, true, java.nio.charset.StandardCharsets.UTF_8);
            System.setErr(capture);
            System.setOut(capture);
            Run[] runs;
            try {
                runs = assertTimeoutPreemptively(Duration.ofSeconds(BOUND_SECONDS), () -> new Run[] {
                    Run.of("validate", "--json", "-", file.toString()),
                    Run.of("validate", "--lang", "en", file.toString())}, m::name);
            } finally {
                System.setErr(systemErr);
                System.setOut(systemOut);
            }
            String printedPast = stray.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(printedPast.isEmpty(), () -> m + ": printed past the command's output: " + shown(printedPast));
            Run json = runs[0];
            Run text = runs[1];
            for (Run r : runs) {
                assertTrue(EXPECTED_EXITS.contains(r.exit()), () -> m + ": exit " + r.exit() + ": " + shown(r.all()));
                Matcher exception = EXCEPTION.matcher(r.all());
                assertFalse(exception.find(), () -> m + ": '" + exception.group() + "' in the output: " + shown(r.all()));
                assertNoCpr(m, r.all());
            }
            assertEquals(json.exit(), text.exit(), () -> m + ": the same exit with and without --json: " + shown(text.all()));
            if (json.exit() < 2) {
                checkAccount(m, json, text);
            } else if (!json.out().isBlank()) {
                assertParses(m, json.out());
            }
        } finally {
            Files.delete(file);
            Files.delete(folder);
        }
    }

    /** Read = accepted + rejected in the JSON summary, in every file and in the text's total line, all agreeing. */
    private static void checkAccount(Mutant m, Run json, Run text) {
        JsonNode root = assertParses(m, json.out());
        JsonNode summary = root.get("summary");
        long read = summary.get("read").asLong();
        assertEquals(read, summary.get("accepted").asLong() + summary.get("rejected").asLong(), () -> m + ": summary: " + shown(json.out()));
        long filesRead = 0;
        for (JsonNode f : root.get("files")) {
            assertEquals(f.get("read").asLong(), f.get("accepted").asLong() + f.get("rejected").asLong(), () -> m + ": file: " + shown(json.out()));
            filesRead += f.get("read").asLong();
        }
        assertEquals(read, filesRead, () -> m + ": the files' rows add up to the summary: " + shown(json.out()));
        Matcher total = TOTAL.matcher(text.out());
        assertTrue(total.find(), () -> m + ": a total line in the text: " + shown(text.out()));
        assertEquals(read + " read = " + summary.get("accepted").asLong() + " accepted + " + summary.get("rejected").asLong()
                + " rejected", total.group(), () -> m + ": the text's total agrees with the JSON: " + shown(text.out()));
    }

    private static JsonNode assertParses(Mutant m, String json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            long at = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getCharOffset());
            String near = json.substring((int) Math.max(0, at - 200), (int) Math.min(json.length(), at + 100));
            return fail(m + ": the JSON output does not parse (" + e.getOriginalMessage() + ") near: " + Names.visible(near));
        }
    }

    /** No CPR-like number at all in the output, and none of the planted ones in any form, not even their digits. */
    private static void assertNoCpr(Mutant m, String output) {
        assertFalse(Privacy.containsCpr(output, true), () -> m + ": a CPR-like number in the output: " + shown(output));
        for (String cpr : m.planted()) {
            String digits = cpr.replaceAll("[^0-9]", "");
            assertFalse(output.contains(cpr) || output.contains(digits),
                    () -> m + ": the planted CPR " + Names.visible(cpr) + " in the output: " + shown(output));
        }
    }

    private static String shown(String output) {
        return Names.visible(output.length() > 3000 ? output.substring(0, 3000) + " …" : output);
    }
}
