package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A cell of thousands of characters is named in a message by its beginning and its length, never
 * repeated whole (one such row used to add 32 KB to the report), while the problem keeps the value.
 */
class LongCellMessageTest {

    @TempDir
    Path dir;

    private final CaseRows rows = new CaseRows(ScreeningSheet.builtIn());

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void aLongWrongAnswerIsShownByItsBeginningAndLength(TableFormat format) throws IOException {
        String typed = "Mand" + "1".repeat(32_000);
        Map<String, String> row = rows.valid("1", 0);
        row.put("gender", typed);
        Path file = format.write(dir, "cases", rows.table(List.of(row)));
        LoadResult result = format.loader(file).load();

        Problem problem = result.report().problems(Severity.ERROR).getFirst();
        String da = problem.describe(Language.DA);
        String en = problem.describe(Language.EN);
        assertAll(
                () -> assertEquals(Rule.UNKNOWN_ANSWER, problem.rule()),
                () -> assertEquals(typed, problem.value().orElseThrow(), "the problem keeps the whole value"),
                () -> assertTrue(da.length() < 400, "the Danish message is short: " + da.length()),
                () -> assertTrue(en.length() < 400, "the English message is short: " + en.length()),
                () -> assertTrue(da.contains("'Mand" + "1".repeat(56) + "…[32.004 tegn i alt]'"), da),
                () -> assertTrue(en.contains("'Mand" + "1".repeat(56) + "…[32,004 characters in all]'"), en));
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void aValueOfAHundredCharactersIsShownWhole(TableFormat format) throws IOException {
        String typed = "x".repeat(LongValues.SHOWN_WHOLE);
        Map<String, String> row = rows.valid("1", 0);
        row.put("gender", typed);
        Path file = format.write(dir, "cases", rows.table(List.of(row)));
        LoadResult result = format.loader(file).load();

        String da = result.report().problems(Severity.ERROR).getFirst().describe(Language.DA);
        assertTrue(da.contains("'" + typed + "'"), da);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aLongColumnNameInALocationIsShortened(Language language) {
        Location at = new Location("cases.json", java.util.Optional.empty(), 3, java.util.Optional.of("k".repeat(40_000)));
        String shown = at.describe(language);
        assertAll(
                () -> assertTrue(shown.length() < 200, shown),
                () -> assertTrue(shown.contains(language == Language.DA ? "40.000 tegn i alt" : "40,000 characters in all"), shown));
    }
}
