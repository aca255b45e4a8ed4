package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.reference.synth.SyntheticDataSet;
import dk.casescreen.reference.synth.SyntheticFiles;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.report.TableExport;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casescreen export}: the workbook and the CSV files, and the rules for where they may be written. */
class ExportCommandTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();

    @TempDir
    static Path dir;
    private static Path cases;
    private static Path municipalities;

    @BeforeAll
    static void data() throws IOException {
        SyntheticDataSet data = new SyntheticGenerator(SHEET).generate(new SyntheticOptions(7, 60, 5, 0, List.of()));
        cases = SyntheticFiles.write(data, SHEET, dir.resolve("data"));
        municipalities = dir.resolve("data").resolve(SyntheticFiles.MUNICIPALITIES);
    }

    private static CliRun export(String... more) {
        String[] base = {"export", cases.toString(), "--municipalities", municipalities.toString(), "--populations", municipalities.toString(),
            "--municipality", "901"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.of(args);
    }

    @Test
    void writesTheWorkbookAndEveryCsvFile() throws IOException {
        Path out = dir.resolve("both");
        Files.createDirectories(out);
        CliRun run = export("--out", out.resolve("tabeller.xlsx").toString(), "--csv", out.resolve("csv").toString());
        assertEquals(0, run.exit(), run.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("tabeller.xlsx")))) {
            assertEquals("Om tabellerne (SYNTETISK)", wb.getSheetName(0));
            assertEquals("Gruppe", wb.getSheet("Profil (SYNTETISK)").getRow(0).getCell(0).getStringCellValue());
        }
        try (Stream<Path> files = Files.list(out.resolve("csv"))) {
            assertEquals(Set.copyOf(TableExport.csvFiles()), files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        assertTrue(Files.readString(out.resolve("csv").resolve("profile.csv"), StandardCharsets.UTF_8).startsWith("group,group_label,"));
        assertTrue(run.out().contains("tabeller.xlsx"), run.out());
    }

    @Test
    void anOutputInAMissingFolderIsExitTwoNamingThePath() {
        Path missing = dir.resolve("findes-ikke");
        CliRun xlsx = export("--out", missing.resolve("tabeller.xlsx").toString());
        assertEquals(2, xlsx.exit());
        assertTrue(xlsx.err().contains("mappen findes ikke: " + missing.toAbsolutePath()), xlsx.err());
        assertFalse(xlsx.err().contains("Exception"), xlsx.err());
        CliRun csv = export("--csv", missing.resolve("csv").toString());
        assertEquals(2, csv.exit());
        assertTrue(csv.err().contains(missing.toAbsolutePath().toString()), csv.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void anUnwritableFolderIsExitTwoNamingThePath() throws IOException {
        Path locked = dir.resolve("laast");
        Files.createDirectories(locked);
        assertTrue(locked.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who may write anywhere");
            CliRun run = export("--out", locked.resolve("tabeller.xlsx").toString());
            assertEquals(2, run.exit());
            assertTrue(run.err().contains(locked.toAbsolutePath().toString()), run.err());
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws IOException {
        Path out = dir.resolve("force");
        Files.createDirectories(out.resolve("csv"));
        Path xlsx = out.resolve("tabeller.xlsx");
        Files.writeString(xlsx, "old");
        CliRun refused = export("--out", xlsx.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("--force") && refused.err().contains(xlsx.toString()), refused.err());
        assertArrayEquals("old".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(xlsx));
        Path profile = out.resolve("csv").resolve("profile.csv");
        Files.writeString(profile, "old");
        CliRun refusedCsv = export("--csv", out.resolve("csv").toString());
        assertEquals(2, refusedCsv.exit());
        assertTrue(refusedCsv.err().contains(profile.toString()), refusedCsv.err());
        assertEquals("old", Files.readString(profile));
        CliRun forced = export("--out", xlsx.toString(), "--csv", out.resolve("csv").toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertTrue(wb.getNumberOfSheets() > 5, "the old file replaced by the workbook");
        }
        assertTrue(Files.readString(profile).startsWith("group,"));
    }

    @Test
    void englishHeadingsWithLangEn() throws IOException {
        Path out = dir.resolve("en");
        Files.createDirectories(out);
        CliRun run = export("--out", out.resolve("tables.xlsx").toString(), "--lang", "en");
        assertEquals(0, run.exit(), run.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("tables.xlsx")))) {
            assertEquals("About (SYNTHETIC)", wb.getSheetName(0));
            var profile = wb.getSheet("Profile (SYNTHETIC)");
            assertEquals("Group", profile.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Own cases (SYNTHETIC)", profile.getRow(1).getCell(1).getStringCellValue());
            assertFalse(profile.getRow(1).getCell(4).getCellStyle().getDataFormatString().contains("[$-406]"), "English formats");
            assertEquals("Case number", wb.getSheet("Case list (SYNTHETIC)").getRow(0).getCell(2).getStringCellValue());
        }
    }

    @Test
    void noOutputIsExitTwo() {
        CliRun run = export();
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--out") && run.err().contains("--csv"), run.err());
    }
}
