package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Privacy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CPR number in a file name (a heading or cell holding one stops the load), fed through every output that follows a load:
 * analyze's text and JSON, the report, the deck and the Excel and CSV tables, internal and shared.
 * The number never appears in any of them, in any form (the decks and workbooks are read part by part).
 */
class CprInEveryOutputTest {

    private static final Path CLEAN = Path.of("examples/syntetisk-eksempel.csv");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"010190\u20131234", "010190\u00a01234", "31.12.99-4321", "0101901234"})
    void noOutputOfAnyCommandRepeatsIt(String cpr) throws Exception {
        Path file = dir.resolve(cpr + ".csv");
        List<String> lines = Files.readAllLines(CLEAN);
        Files.write(file, Stream.concat(lines.stream().limit(1), lines.stream().skip(1).filter(l -> l.startsWith("Ågerup"))).toList());

        List<String> outputs = new ArrayList<>();
        for (boolean shared : new boolean[] {false, true}) {
            String edition = shared ? "shared" : "internal";
            List<String> common = new ArrayList<>(List.of("--municipality", "Ågerup (fiktiv)"));
            if (shared) {
                common.add("--shared");
            }
            Path deck = dir.resolve(edition + ".pptx");
            Path workbook = dir.resolve(edition + ".xlsx");
            Path csv = dir.resolve(edition + "-csv");
            Path report = Files.createDirectories(dir.resolve(edition + "-report"));
            outputs.add(run("report", common, "--out", report.toString(), file.toString()));
            outputs.add(run("slides", common, "--out", deck.toString(), file.toString()));
            outputs.add(run("export", common, "--out", workbook.toString(), "--csv", csv.toString(), file.toString()));
            outputs.addAll(texts(report));
            outputs.addAll(zipParts(deck));
            outputs.addAll(zipParts(workbook));
            outputs.addAll(texts(csv));
        }
        outputs.add(run("analyze", List.of(), file.toString()));
        outputs.add(run("analyze", List.of(), "--json", "-", file.toString()));

        assertTrue(outputs.size() > 20, "the decks and workbooks were read part by part");
        assertTrue(outputs.stream().filter(o -> o.contains(Privacy.MASK)).count() >= 2,
                "the file name reaches the internal report and deck, masked");
        String digits = cpr.replaceAll("[^0-9]", "");
        for (String output : outputs) {
            assertFalse(output.contains(cpr), () -> "repeated as typed in " + output.lines().findFirst().orElse(""));
            assertFalse(output.contains(digits), () -> "repeated as digits in " + output.lines().findFirst().orElse(""));
        }
    }

    private static String run(String command, List<String> options, String... rest) {
        List<String> args = new ArrayList<>();
        args.add(command);
        args.addAll(options);
        args.addAll(List.of(rest));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), () -> command + ": " + r.err());
        return r.out() + r.err();
    }

    private static List<String> texts(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> texts = new ArrayList<>();
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                texts.add(f.getFileName() + "\n" + Files.readString(f, StandardCharsets.UTF_8));
            }
            return texts;
        }
    }

    private static List<String> zipParts(Path zip) throws IOException {
        List<String> parts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                parts.add(e.getName() + "\n" + new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
