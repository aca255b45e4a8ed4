package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken files: each must stop the load with a located {@link CaseLoadException}
 * that says in Danish and English what is wrong, in bounded time and memory (surefire runs with
 * -Xmx1g). The timeouts only guard against hangs; they claim nothing about speed. Two control
 * cases show that the legitimate files the hostile ones are built from load fine.
 */
class HostileFilesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final String ZIP_BOMB_EN = "zip bomb";
    private static final String ZIP_BOMB_DA = "zip-bombe";
    private static final String DAMAGED_EN = "damaged or truncated";
    private static final String DAMAGED_DA = "beskadiget eller afkortet";

    @TempDir
    Path dir;

    // ---- control cases ----

    @Test
    void workbookWrittenByPoiLoadsBothCases() throws IOException {
        Path file = HostileFiles.write(dir, "sager.xlsx", HostileFiles.poiWorkbook());

        LoadResult result = loaded(Cases.excel(file));

        assertBothGoodCases(result);
        assertEquals(Optional.of(HostileFiles.SHEET), result.cases().records().getFirst().source().sheet());
    }

    @Test
    void minimalHandWrittenWorkbookLoadsBothCases() throws IOException {
        Path file = HostileFiles.minimalWorkbook(dir.resolve("sager.xlsx"), null,
                HostileFiles.worksheet("", HostileFiles::writeGoodRows));

        assertBothGoodCases(loaded(Cases.excel(file)));
    }

    // ---- files that are not workbooks, or not whole ones ----

    @Test
    void truncatedWorkbookIsReportedAsDamaged() throws IOException {
        byte[] whole = HostileFiles.poiWorkbook();
        Path file = HostileFiles.write(dir, "sager.xlsx", Arrays.copyOf(whole, whole.length / 2));

        CaseLoadException e = refused(Cases.excel(file));

        assertFileProblem(e, Rule.UNREADABLE_FILE, file, DAMAGED_EN, DAMAGED_DA);
    }

    @Test
    void textFileNamedXlsxIsNotAWorkbook() throws IOException {
        Path file = HostileFiles.write(dir, "sager.xlsx", "Kommune;Sag nr.\nAarhus;A-1\n");

        CaseLoadException e = refused(Cases.excel(file));

        assertFileProblem(e, Rule.UNREADABLE_FILE, file, "not an Excel workbook (.xlsx)", "ikke en Excel-projektmappe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sager.xlsx", "sager.xls"})
    void oldXlsFileIsToldToBeSavedAsXlsx(String name) throws IOException {
        Path file = HostileFiles.write(dir, name, HostileFiles.ole2());

        CaseLoadException e = refused(Cases.files(List.of(file)));

        assertFileProblem(e, Rule.UNREADABLE_FILE, file, "old Excel file (.xls)", "gammel Excel-fil (.xls)");
        assertTrue(e.describe(Language.EN).contains("save it as .xlsx"), e.describe(Language.EN));
    }

    @Test
    void binaryFileNamedCsvIsRefusedAsNotText() throws IOException {
        Path file = HostileFiles.write(dir, "sager.csv", HostileFiles.binaryGarbage());

        CaseLoadException e = refused(Cases.csv(file));

        assertFileProblem(e, Rule.UNREADABLE_FILE, file, "not a text file", "ikke en tekstfil");
    }

    @Test
    void workbookNamedCsvIsToldToBeAWorkbook() throws IOException {
        Path file = HostileFiles.write(dir, "sager.csv", HostileFiles.poiWorkbook());

        CaseLoadException e = refused(Cases.files(List.of(file)));

        assertFileProblem(e, Rule.UNREADABLE_FILE, file, "Excel workbook or zip archive, not a CSV file",
                "Excel-projektmappe eller et zip-arkiv");
    }

    // ---- zip bombs ----

    @Test
    void zipBombOfBlankRowsIsStoppedAsZipBomb() throws IOException {
        Path file = HostileFiles.write(dir, "bombe.xlsx", HostileFiles.zipBomb(150L << 20, true));
        assertTrue(Files.size(file) < 1 << 20, "150 MiB of worksheet packed into less than 1 MiB");

        CaseLoadException e = refused(Cases.excel(file));

        assertFileProblem(e, Rule.UNREADABLE_FILE, file, ZIP_BOMB_EN, ZIP_BOMB_DA);
    }

    @Test
    void zipBombWhoseDirectoryLiesAboutItsSizeIsStoppedWhileInflating() throws IOException {
        Path file = HostileFiles.write(dir, "bombe.xlsx", HostileFiles.lyingZipBomb(150L << 20, 4096));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals(4096, zip.getEntry("xl/worksheets/sheet1.xml").getSize(), "the directory lies");
        }

        CaseLoadException e = refused(Cases.excel(file));

        assertFileProblem(e, Rule.UNREADABLE_FILE, file, ZIP_BOMB_EN, ZIP_BOMB_DA);
    }

    // ---- XML entity tricks ----

    @Test
    void billionLaughsInSharedStringsIsRefused() throws IOException {
        Path file = HostileFiles.billionLaughsInSharedStrings(dir.resolve("sager.xlsx"));

        CaseLoadException e = refused(Cases.excel(file));

        assertFileProblem(e, Rule.UNREADABLE_FILE, file, "DOCTYPE", "DOCTYPE");
    }

    @Test
    void externalEntityInWorksheetIsRefusedWithoutReadingTheEntity() throws IOException {
        Path file = HostileFiles.remarkWorkbook(dir.resolve("sager.xlsx"),
                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;");

        CaseLoadException e = refused(Cases.excel(file));

        assertFileProblem(e, Rule.UNREADABLE_FILE, file, "DOCTYPE", "DOCTYPE");
        for (String text : List.of(e.describe(Language.DA), e.describe(Language.EN), e.getMessage())) {
            assertFalse(text.contains("root:"), text);
        }
    }

    @Test
    void undeclaredEntityIsRefusedRatherThanReadAsText() throws IOException {
        Path file = HostileFiles.remarkWorkbook(dir.resolve("sager.xlsx"), "", "ring &kontakt; i morgen");

        CaseLoadException e = refused(Cases.excel(file));

        assertFileProblem(e, Rule.UNREADABLE_FILE, file, "XML entity", "XML-entitet");
    }

    // ---- legitimate workbooks with traps ----

    @Test
    void formulaInAnswerCellRejectsThatRowAtItsCell() throws IOException {
        Path file = HostileFiles.formulaWorkbook(dir.resolve("sager.xlsx"));

        ValidationReport report = loaded(Cases.excel(file)).report();

        assertEquals(2, report.read());
        assertEquals(1, report.accepted());
        assertEquals(1, report.rejectedRows().size());
        Problem formula = report.rejectedRows().getFirst().errors().stream()
                .filter(p -> p.rule() == Rule.FORMULA).findFirst().orElseThrow();
        assertEquals(new Location(file.toString(), Optional.of(HostileFiles.SHEET), 2, Optional.of("E")),
                formula.location());
        assertTrue(formula.describe(Language.EN).contains("Sager!E2: the cell holds a formula"),
                formula.describe(Language.EN));
        assertTrue(formula.describe(Language.DA).contains("Sager!E2: cellen indeholder en formel"),
                formula.describe(Language.DA));
    }

    @Test
    void millionEmptyStyledRowsAreNotData() throws IOException {
        Path file = HostileFiles.emptyStyledRows(dir.resolve("sager.xlsx"), 1_000_000);

        assertBothGoodCases(loaded(Cases.excel(file)));
    }

    // ---- CSV ----

    @Test
    void unclosedQuoteIsStoppedAtTheCellLimitWhereItStarts() throws IOException {
        Path file = HostileFiles.write(dir, "sager.csv", "Kommune;Sag nr.;Dato;Køn;2\n"
                + "Aarhus;\"A-1;2024-03-01;Mand;34\n"
                + "Aarhus;A-2;2024-03-02;Kvinde;41\n".repeat(200));
        InputLimits smallCells = new InputLimits(1L << 20, 200, 100, 10_000, 1L << 30, 200);

        CaseLoadException e = refused(Cases.csv(file).limits(smallCells));

        assertEquals(Rule.UNREADABLE_FILE, e.problem().rule());
        assertEquals(new Location(file.toString(), Optional.empty(), 2, Optional.of("2")), e.problem().location());
        assertTrue(e.describe(Language.EN).contains("row 2, column 2: the file cannot be read: the cell is longer than 200"
                + " characters (is a closing quote missing?)"), e.describe(Language.EN));
        assertTrue(e.describe(Language.DA).contains("række 2, kolonne 2: filen kan ikke læses: cellen er længere end 200"
                + " tegn (mangler der et afsluttende anførselstegn?)"), e.describe(Language.DA));
    }

    // ---- CPR numbers ----

    @Test
    void cprNumberAsCaseNumberStopsTheLoadWithoutRepeatingIt() throws IOException {
        Path file = HostileFiles.write(dir, "sager.csv", "Kommune;Sag nr.;Dato;Køn;2\n"
                + "Aarhus;A-1;2024-03-01;Mand;34\n"
                + "Aarhus;010190-1234;2024-03-02;Kvinde;41\n");

        CaseLoadException e = refused(Cases.csv(file));

        assertEquals(Rule.CPR_NUMBER, e.problem().rule());
        assertEquals(new Location(file.toString(), Optional.empty(), 3, Optional.of("2")), e.problem().location());
        assertTrue(e.describe(Language.EN).contains("row 3, column 2: the cell looks like a CPR number"), e.getMessage());
        assertTrue(e.describe(Language.DA).contains("række 3, kolonne 2: cellen ligner et CPR-nummer"), e.getMessage());
        assertNoCprDigits(e, file);
    }

    @Test
    void tenDigitCprNumberInRemarkStopsTheLoadWithoutRepeatingIt() throws IOException {
        Path file = HostileFiles.remarkWorkbook(dir.resolve("sager.xlsx"), "", "ringet til 0101901234 i dag");

        CaseLoadException e = refused(Cases.excel(file));

        assertEquals(Rule.CPR_NUMBER, e.problem().rule());
        assertEquals(new Location(file.toString(), Optional.of(HostileFiles.SHEET), 2, Optional.of("F")),
                e.problem().location());
        assertTrue(e.describe(Language.EN).contains("Sager!F2: the cell looks like a CPR number"), e.getMessage());
        assertTrue(e.describe(Language.DA).contains("Sager!F2: cellen ligner et CPR-nummer"), e.getMessage());
        assertNoCprDigits(e, file);
    }

    @Test
    void cprHeadingStopsTheLoadAtThatColumn() throws IOException {
        Path file = HostileFiles.write(dir, "sager.csv", "Kommune;Sag nr.;CPR-nr.;Dato\nAarhus;A-1;;2024-03-01\n");

        CaseLoadException e = refused(Cases.csv(file));

        assertEquals(Rule.CPR_COLUMN, e.problem().rule());
        assertEquals(new Location(file.toString(), Optional.empty(), 1, Optional.of("3")), e.problem().location());
        assertTrue(e.describe(Language.EN).contains("row 1, column 3: the column is for CPR numbers"), e.getMessage());
        assertTrue(e.describe(Language.DA).contains("række 1, kolonne 3: kolonnen er til CPR-numre"), e.getMessage());
    }

    @Test
    void tenDigitNumberThatIsNoDateDoesNotStopTheLoad() throws IOException {
        Path file = HostileFiles.write(dir, "sager.csv", "Kommune;Sag nr.;Dato;Køn;2;Bemærkning\n"
                + "Aarhus;A-1;2024-03-01;Mand;34;journal 9999999999\n");

        LoadResult result = loaded(Cases.csv(file));

        assertEquals(1, result.report().accepted());
        assertEquals(Optional.of("journal 9999999999"), result.cases().records().getFirst().remark());
    }

    // ---- JSON ----

    @Test
    void invalidJsonIsReported() throws IOException {
        Path file = HostileFiles.write(dir, "sager.json", "[{\"Kommune\": \"Aarhus\", \"Sag nr.\": \"A-1\"");

        CaseLoadException e = refused(Cases.json(file));

        assertFileProblem(e, Rule.UNREADABLE_FILE, file, "not valid JSON", "ikke gyldig JSON");
    }

    @Test
    void jsonNestedThousandLevelsDeepIsReported() throws IOException {
        Path file = HostileFiles.write(dir, "sager.json", "[".repeat(1000) + "]".repeat(1000));

        CaseLoadException e = refused(Cases.json(file));

        assertFileProblem(e, Rule.UNREADABLE_FILE, file, "not valid JSON", "ikke gyldig JSON");
        assertTrue(e.describe(Language.EN).contains("nested too deeply"), e.describe(Language.EN));
        assertTrue(e.describe(Language.DA).contains("indlejret for dybt"), e.describe(Language.DA));
    }

    // ---- helpers ----

    private static LoadResult loaded(CaseLoader loader) {
        return assertTimeoutPreemptively(HANG_GUARD, loader::load);
    }

    private static CaseLoadException refused(CaseLoader loader) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(CaseLoadException.class, loader::load));
    }

    private static void assertBothGoodCases(LoadResult result) {
        ValidationReport report = result.report();
        assertEquals(2, report.read());
        assertEquals(2, report.accepted());
        assertEquals(0, report.errorCount(), () -> report.problems().toString());
        List<CaseRecord> records = result.cases().records();
        assertEquals(List.of("751", "751"), records.stream().map(CaseRecord::municipalityCode).toList());
        assertEquals(List.of("A-1", "A-2"), records.stream().map(CaseRecord::caseNumber).toList());
        assertEquals(List.of("male", "female"), records.stream().map(r -> r.code("gender").orElseThrow()).toList());
        assertEquals(List.of(new Answer.WholeNumber(34), new Answer.WholeNumber(41)),
                records.stream().map(r -> r.answer("age")).toList());
    }

    /** The problem names the whole file, and each language's message starts with the file and gives the reason. */
    private static void assertFileProblem(CaseLoadException e, Rule rule, Path file, String english, String danish) {
        assertEquals(rule, e.problem().rule(), e.getMessage());
        assertEquals(file.toString(), e.problem().location().file());
        String en = e.describe(Language.EN);
        String da = e.describe(Language.DA);
        assertTrue(en.startsWith(file.toString()) && en.contains(english), en);
        assertTrue(da.startsWith(file.toString()) && da.contains(danish), da);
        assertEquals(en, e.getMessage());
    }

    /** Apart from the file name, which the test does not choose, no message holds the CPR number or part of it. */
    private static void assertNoCprDigits(CaseLoadException e, Path file) {
        assertEquals(Optional.empty(), e.problem().value());
        for (String text : List.of(e.describe(Language.DA), e.describe(Language.EN), e.getMessage(), e.toString())) {
            String withoutFile = text.replace(file.toString(), "");
            for (String part : List.of("010190", "1234", "0101901234")) {
                assertFalse(withoutFile.contains(part), text);
            }
        }
    }
}
