package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.CprForms;
import dk.casescreen.Language;
import dk.casescreen.Privacy;
import dk.casescreen.cases.Cases;
import dk.casescreen.jupyter.Notebook;
import dk.casescreen.jupyter.NotebookOutput;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An input file whose name is a CPR number, in every written form a file name can hold, is loaded
 * but its name is never printed: validate's text and JSON, the notebook's validation view and the
 * internal report show the masked name instead; the shared report names no file at all.
 */
class CprNeverEchoedTest {

    private static final Path CLEAN = Path.of("examples/syntetisk-eksempel.csv");
    private static final Path WITH_PROBLEMS = Path.of("examples/syntetisk-med-fejl.csv");

    @TempDir
    Path dir;

    /** The forms a file name can hold (a slash cannot be in one). */
    static Stream<String> fileNameForms() {
        return CprForms.all().stream().filter(f -> f.indexOf('/') < 0);
    }

    @ParameterizedTest
    @MethodSource("fileNameForms")
    void validateTextNeverPrintsAFileNameThatIsACprNumber(String cpr) throws Exception {
        Path file = copyNamed(cpr);
        CliRun r = CliRun.of("validate", file.toString());
        assertEquals(1, r.exit(), r.err());
        assertMasked(cpr, r.out() + r.err());
        assertTrue(r.out().contains("12 læst = 8 godkendt + 4 afvist"), r.out());
    }

    @ParameterizedTest
    @MethodSource("fileNameForms")
    void validateJsonNeverHoldsAFileNameThatIsACprNumber(String cpr) throws Exception {
        Path file = copyNamed(cpr);
        CliRun r = CliRun.of("validate", "--json", "--", file.toString());
        assertEquals(1, r.exit(), r.err());
        assertMasked(cpr, r.out() + r.err());
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertEquals(file.getParent() + "/" + Privacy.MASK + ".csv", json.get("files").get(0).get("file").asString());
    }

    @ParameterizedTest
    @MethodSource("fileNameForms")
    void notebookValidationViewNeverShowsAFileNameThatIsACprNumber(String cpr) throws Exception {
        Path file = copyNamed(cpr);
        NotebookOutput out = Notebook.of(Language.EN).show(Cases.csv(file).lenient().load());
        assertMasked(cpr, out.text());
        assertMasked(cpr, out.html().orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("writtenForms")
    void aJsonKeyThatIsACprNumberStopsTheLoadWithoutBeingRepeated(String cpr) throws Exception {
        Path file = dir.resolve("cases.json");
        String key = cpr.replace("\\", "\\\\");
        Files.writeString(file, "[{\"Kommune\": \"Aarhus\", \"Sag nr.\": \"S-1\", \"" + key + "\": \"x\"}]");
        for (String format : new String[] {"text", "json"}) {
            CliRun r = format.equals("json") ? CliRun.of("validate", "--json", "--", file.toString())
                    : CliRun.of("validate", file.toString());
            assertEquals(2, r.exit(), r.out() + r.err());
            assertMasked(cpr, r.out() + r.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"010190-1234", "010190 1234", "0101901234", "31.12.99\u20134321"})
    void aWorksheetNamedAsACprNumberIsNeverNamed(String cpr) throws Exception {
        Path file = dir.resolve("sager.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet(cpr);
            XSSFRow heading = sheet.createRow(0);
            heading.createCell(0).setCellValue("Kommune");
            heading.createCell(1).setCellValue("Sag nr.");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("Atlantis");
            row.createCell(1).setCellValue("S-1");
            wb.write(out);
        }
        for (String format : new String[] {"text", "json"}) {
            CliRun r = format.equals("json") ? CliRun.of("validate", "--json", "--", file.toString())
                    : CliRun.of("validate", file.toString());
            assertTrue(r.exit() == 1 || r.exit() == 2, r.out() + r.err());
            assertMasked(cpr, r.out() + r.err());
        }
    }

    /** Every written form, the slash included; the nine digits are a number cell's, not a key's. */
    static Stream<String> writtenForms() {
        return CprForms.all().stream().filter(f -> f.length() != 9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"010190-1234", "010190\u00a01234", "31.12.99\u20134321", "101901234"})
    void theInternalReportShowsAFileNameThatIsACprNumberMaskedAndTheSharedNoFileNameAtAll(String cpr) throws Exception {
        Path file = dir.resolve(cpr + ".csv");
        List<String> lines = Files.readAllLines(CLEAN);
        Files.write(file, Stream.concat(lines.stream().limit(1), lines.stream().skip(1).filter(l -> l.startsWith("Ågerup"))).toList());
        Path internal = Files.createDirectory(dir.resolve("internal"));
        CliRun r = CliRun.of("report", "--municipality", "Ågerup (fiktiv)", "--out", internal.toString(), file.toString());
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(onlyReport(internal));
        assertMasked(cpr, html);
        Path shared = Files.createDirectory(dir.resolve("shared"));
        CliRun s = CliRun.of("report", "--shared", "--municipality", "Ågerup (fiktiv)", "--out", shared.toString(), file.toString());
        assertEquals(0, s.exit(), s.err());
        String sharedHtml = Files.readString(onlyReport(shared));
        assertFalse(sharedHtml.contains(cpr) || sharedHtml.contains(cpr.replaceAll("[^0-9]", "")), sharedHtml);
        assertFalse(sharedHtml.contains(".csv"), "the shared edition names no file");
        assertTrue(sharedHtml.contains(">fil 1<"), "the shared edition numbers the files it read");
    }

    private Path copyNamed(String cpr) throws Exception {
        Path file = dir.resolve(cpr + ".csv");
        Files.copy(WITH_PROBLEMS, file);
        return file;
    }

    private static Path onlyReport(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
        }
    }

    private static void assertMasked(String cpr, String output) {
        assertFalse(output.contains(cpr), output);
        assertFalse(output.contains(cpr.replaceAll("[^0-9]", "")), output);
        assertTrue(output.contains(Privacy.MASK), output);
    }
}
