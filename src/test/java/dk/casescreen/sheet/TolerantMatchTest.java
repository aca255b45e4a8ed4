package dk.casescreen.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where answer matching is tolerant and where it stays strict: every dash is a hyphen, and a label
 * without its unit is found when exactly one option reads like it (issue 17, point 4).
 */
class TolerantMatchTest {

    private final ScreeningSheet sheet = ScreeningSheet.builtIn();
    private final Question band = sheet.require("cost_band");

    @ParameterizedTest
    @ValueSource(strings = {"2,0-2,5 mio. kr.", "2,0\u20102,5 mio. kr.", "2,0\u20112,5 mio. kr.", "2,0\u20122,5 mio. kr.",
            "2,0\u20132,5 mio. kr.", "2,0\u20142,5 mio. kr.", "2,0\u22122,5 mio. kr."})
    void everyDashMatchesTheEnDashOfTheLabelExactly(String typed) {
        assertEquals("band_2_0_2_5", sheet.match(band, typed).orElseThrow().code());
    }

    @Test
    void aHyphenMatchesTheEnDashOfAnOptionWithoutUnit() {
        assertEquals("n2_3", sheet.match(sheet.require("places_in_offer"), "2-3").orElseThrow().code());
    }

    @Test
    void normaliseFoldsDashesButKeepsOtherPunctuationInside() {
        assertEquals("2,0-2,5 mio. kr", Tokens.normalise(" 2,0\u22122,5  MIO. kr. "));
        assertEquals("j.a", Tokens.normalise("J.a"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "over 10 mio. kr|over 10",
            "2,0 - 2,5 mio|2,0-2,5",
            "under 2,0 mio. kr. (kun sammenligningssager)|under 2,0",
            "4-6 mio.kr.|4-6",
            "ja|ja",
            "1 (enkeltmandstilbud)|1"})
    void withoutUnitsRemovesUnitWordsARemarkInParenthesesAndSpacesBesideAHyphen(String normalised, String expected) {
        assertEquals(expected, Tokens.withoutUnits(normalised));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "over 10|band_over_10",
            "OVER 10 mio|band_over_10",
            "Over 10 kr.|band_over_10",
            "2,0-2,5|band_2_0_2_5",
            "2,0\u20132,5|band_2_0_2_5",
            "2.0-2.5|band_2_0_2_5",
            "2,5 - 3,0 mio.|band_2_5_3_0",
            "under 2,0|band_under_2_0",
            "6-10|band_6_10"})
    void aCostBandWithoutItsUnitFindsExactlyOneOption(String typed, String code) {
        assertTrue(sheet.match(band, typed).isEmpty(), "not an exact match: " + typed);
        List<AnswerOption> found = sheet.looseMatches(band, typed);
        assertEquals(List.of(code), found.stream().map(AnswerOption::code).toList());
    }

    @Test
    void anOptionWithARemarkIsFoundWithoutIt() {
        Question places = sheet.require("places_in_offer");
        assertEquals(List.of("n1"), sheet.looseMatches(places, "1").stream().map(AnswerOption::code).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "over 11", "2,0", "2,5", "2-2,5", "jaa", "ja kr.", "mio. kr.", "over"})
    void aTextThatReadsLikeNoLabelWithoutUnitFindsNothing(String typed) {
        assertEquals(List.of(), sheet.looseMatches(band, typed));
        assertEquals(List.of(), sheet.looseMatches(sheet.require("conviction"), typed));
    }

    @Test
    void twoOptionsThatReadAlikeWithoutUnitAreBothFound(@TempDir Path dir) throws Exception {
        ScreeningSheet ambiguous = ambiguousSheet(dir);
        List<AnswerOption> found = ambiguous.looseMatches(ambiguous.require("cost_band"), "2,0-2,5");
        assertEquals(List.of("band_2_0_2_5", "band_2_5_3_0"), found.stream().map(AnswerOption::code).toList());
    }

    /**
     * The built-in sheet with the Danish label of band_2_5_3_0 mistyped as "2,0–2,5 kr.", so that
     * "2,0-2,5" reads like two options.
     */
    static ScreeningSheet ambiguousSheet(Path dir) throws Exception {
        String json = Files.readString(Path.of("data-schema/screening-sheet.json"))
                .replace("\"da\": \"2,5–3,0 mio. kr.\"", "\"da\": \"2,0–2,5 kr.\"");
        Path file = dir.resolve("ambiguous.json");
        Files.writeString(file, json);
        return ScreeningSheet.load(file);
    }
}
