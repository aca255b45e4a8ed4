package dk.casescreen.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScreeningSheetTest {

    private final ScreeningSheet sheet = ScreeningSheet.builtIn();

    @Test
    void builtInSheetHasThirtySixQuestionsNumberedInOrder() {
        assertEquals(36, sheet.questions().size());
        assertEquals(IntStream.rangeClosed(1, 36).boxed().toList(),
                sheet.questions().stream().map(Question::number).toList());
        assertEquals("1.0.0", sheet.version());
    }

    @Test
    void keysFollowTheDomainTable() {
        List<String> expected = List.of("gender", "age", "cost_band", "cost_trend", "target_group", "legal_basis",
                "supplementary_tariff", "provider_type", "places_in_offer", "onset", "childhood_measure",
                "behaviour_decisive", "behaviour_type", "use_of_force", "only_solution", "negotiation_possible",
                "conviction", "conviction_type", "criminal_behaviour", "residences_5y", "appeals_board",
                "appeals_raised_cost", "acting_municipality", "relatives_difficult", "politicians_involved",
                "psychiatry_treated", "special_place_tried", "special_place_refused", "viso", "welfare_technology",
                "day_offer", "siteless_offer", "offer_location", "movable", "function_trend", "supervision_raised_cost");
        assertEquals(expected, sheet.questions().stream().map(Question::key).toList());
    }

    @Test
    void exactlyTheThreeConditionalQuestionsHaveConditions() {
        assertEquals(Set.of("behaviour_type", "conviction_type", "appeals_raised_cost"),
                Set.copyOf(sheet.questions().stream().filter(Question::isConditional).map(Question::key).toList()));
        Condition c = sheet.require("behaviour_type").condition().orElseThrow();
        assertEquals("behaviour_decisive", c.questionKey());
        assertEquals(Set.of("yes"), c.answers());
        assertEquals("conviction", sheet.require("conviction_type").condition().orElseThrow().questionKey());
        assertEquals("appeals_board", sheet.require("appeals_raised_cost").condition().orElseThrow().questionKey());
    }

    @Test
    void provenanceMatchesWhatIsKnownVerbatim() {
        for (Question q : sheet.questions()) {
            Provenance expected = Set.of(1, 2, 3, 4, 16).contains(q.number()) ? Provenance.SOURCED
                    : q.number() >= 31 ? Provenance.ADDED : Provenance.RECONSTRUCTED;
            assertEquals(expected, q.provenance(), q.key());
        }
    }

    @Test
    void optionProvenanceIsGivenWhereItDiffersFromTheQuestions() {
        Question band = sheet.require("cost_band");
        // the slide's sheet excerpt lists the bands from 2,0-2,5 up; "under 2,0" is ours, for comparison cases
        assertEquals(Provenance.ADDED, band.option("band_under_2_0").orElseThrow().provenance());
        for (String code : band.codes().subList(1, band.codes().size())) {
            assertEquals(Provenance.SOURCED, band.option(code).orElseThrow().provenance(), code);
        }
        // q26's answers are the Midt slide's, the question's wording is reconstructed
        Question treated = sheet.require("psychiatry_treated");
        assertEquals(Provenance.RECONSTRUCTED, treated.provenance());
        assertEquals(List.of(Provenance.SOURCED, Provenance.SOURCED, Provenance.SOURCED, Provenance.SOURCED),
                treated.options().stream().map(AnswerOption::provenance).toList());
        // the sourced headings of q1, q4 and q16 come without their answers
        for (String key : List.of("gender", "cost_trend", "negotiation_possible")) {
            assertEquals(Provenance.SOURCED, sheet.require(key).provenance(), key);
            sheet.require(key).options().forEach(o -> assertEquals(Provenance.RECONSTRUCTED, o.provenance(), key));
        }
    }

    @Test
    void anOptionWithoutItsOwnProvenanceHasItsQuestions() {
        for (Question q : sheet.questions()) {
            if (!Set.of("gender", "cost_band", "cost_trend", "negotiation_possible", "psychiatry_treated").contains(q.key())) {
                q.options().forEach(o -> assertEquals(q.provenance(), o.provenance(), q.key() + "/" + o.code()));
            }
        }
        assertEquals(Provenance.ADDED, sheet.require("movable").option("dont_know").orElseThrow().provenance());
    }

    @Test
    void anUnknownOptionProvenanceIsRefusedWithItsLocation(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("data-schema/screening-sheet.json"))
                .replaceFirst("\"provenance\": \"added\"}", "\"provenance\": \"guessed\"}");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        SheetDefinitionException e = assertThrows(SheetDefinitionException.class, () -> ScreeningSheet.load(file));
        assertTrue(e.getMessage().contains("questions[2].options[0].provenance") && e.getMessage().contains("guessed"),
                e.getMessage());
    }

    @Test
    void twoVersionsAreBuiltInAndBuiltInWithoutAVersionIsStill100() {
        assertEquals(List.of("1.0.0", "2.0.0"), ScreeningSheet.builtInVersions());
        assertEquals("1.0.0", ScreeningSheet.builtIn("1.0.0").version());
        assertEquals("2.0.0", ScreeningSheet.builtIn("2.0.0").version());
        assertEquals("2.0.0", ScreeningSheet.latest().version());
        assertTrue(ScreeningSheet.builtIn("2.0.0").isBuiltInVersion());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScreeningSheet.builtIn("3.0.0"));
        assertTrue(e.getMessage().contains("1.0.0, 2.0.0"), e.getMessage());
        assertTrue(sheet.retiredQuestions().isEmpty());
        assertTrue(sheet.validFrom().isEmpty());
    }

    @Test
    void version200RetiresQ27AndQ28From1July2024AndIsOtherwiseVersion100() {
        ScreeningSheet v2 = ScreeningSheet.builtIn("2.0.0");
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2024, 7, 1)), v2.validFrom());
        assertEquals(List.of("special_place_tried", "special_place_refused"),
                v2.retiredQuestions().stream().map(Question::key).toList());
        Retirement r = v2.require("special_place_tried").retired().orElseThrow();
        assertEquals(java.time.LocalDate.of(2024, 7, 1), r.from());
        assertTrue(r.reason().da().contains("længerevarende, regionalt tilbud"), r.reason().da());
        assertTrue(r.reason().en().contains("long-term regional offer"), r.reason().en());
        assertTrue(r.covers(java.time.LocalDate.of(2024, 7, 1)));
        assertFalse(r.covers(java.time.LocalDate.of(2024, 6, 30)));
        assertEquals(sheet.id(), v2.id());
        assertEquals(sheet.fields(), v2.fields());
        assertEquals(sheet.questions().size(), v2.questions().size());
        for (int i = 0; i < sheet.questions().size(); i++) {
            Question a = sheet.questions().get(i);
            Question b = v2.questions().get(i);
            // identical but for the retirement
            Question bAsV1 = new Question(b.number(), b.key(), b.text(), b.help(), b.type(), b.options(), b.min(), b.max(),
                    b.condition(), b.provenance(), b.published(), java.util.Optional.empty());
            assertEquals(a, bAsV1, a.key());
            assertEquals(Set.of("special_place_tried", "special_place_refused").contains(b.key()), b.isRetired(), b.key());
        }
    }

    @Test
    void theSheetForAScreeningDateSwitchesOn1July2024() {
        assertEquals("1.0.0", ScreeningSheet.forScreeningDate(java.time.LocalDate.of(2022, 10, 1)).version());
        assertEquals("1.0.0", ScreeningSheet.forScreeningDate(java.time.LocalDate.of(2024, 6, 30)).version());
        assertEquals("2.0.0", ScreeningSheet.forScreeningDate(java.time.LocalDate.of(2024, 7, 1)).version());
        assertEquals("2.0.0", ScreeningSheet.forScreeningDate(java.time.LocalDate.of(2025, 3, 1)).version());
    }

    @Test
    void aRetirementNeedsAnIsoDate(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("data-schema/screening-sheet-2.0.0.json"))
                .replaceFirst("\"from\": \"2024-07-01\"", "\"from\": \"1. juli 2024\"");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        SheetDefinitionException e = assertThrows(SheetDefinitionException.class, () -> ScreeningSheet.load(file));
        assertTrue(e.getMessage().contains("questions[26].retired") && e.getMessage().contains("yyyy-mm-dd"),
                e.getMessage());
    }

    @Test
    void costBandsAreOrderedFromLowestToHighest() {
        Question band = sheet.require("cost_band");
        assertEquals(AnswerType.ORDERED_CHOICE, band.type());
        assertEquals(8, band.options().size());
        assertEquals("band_under_2_0", band.codes().getFirst());
        assertEquals("band_over_10", band.codes().getLast());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0", "2.0.0"})
    void everyCostBandCarriesItsAmountsAndTheBandsFollowOneAnotherWithoutGapOrOverlap(String version) {
        Question band = ScreeningSheet.builtIn(version).require("cost_band");
        long[] bounds = {0, 2_000_000, 2_500_000, 3_000_000, 3_500_000, 4_000_000, 6_000_000, 10_000_000};
        for (int i = 0; i < bounds.length; i++) {
            KrRange range = band.options().get(i).amount().orElseThrow(() -> new AssertionError("no amounts"));
            assertEquals(bounds[i], range.minKr(), band.codes().get(i));
            assertEquals(i + 1 < bounds.length ? OptionalLong.of(bounds[i + 1]) : OptionalLong.empty(), range.maxKr(),
                    band.codes().get(i));
        }
        assertTrue(sheet.questions().stream().filter(q -> !q.key().equals("cost_band"))
                .flatMap(q -> q.options().stream()).allMatch(o -> o.amount().isEmpty()), "only cost bands have amounts");
    }

    @Test
    void aBandIncludesItsLowerBoundAndExcludesItsUpperBound() {
        Question band = sheet.require("cost_band");
        KrRange low = band.option("band_2_0_2_5").orElseThrow().amount().orElseThrow();
        KrRange next = band.option("band_2_5_3_0").orElseThrow().amount().orElseThrow();
        KrRange top = band.option("band_over_10").orElseThrow().amount().orElseThrow();
        assertTrue(low.contains(new BigDecimal("2000000")));
        assertTrue(low.contains(new BigDecimal("2499999.99")));
        assertFalse(low.contains(new BigDecimal("2500000")));
        assertTrue(next.contains(new BigDecimal("2500000")));
        assertFalse(low.contains(new BigDecimal("1999999")));
        assertTrue(top.contains(new BigDecimal("99000000")));
        assertFalse(top.contains(new BigDecimal("9000000")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"min_kr\": 2000000, \"max_kr\": 2500000|\"min_kr\": 2500000, \"max_kr\": 2000000|must be above",
        "\"min_kr\": 2000000, \"max_kr\": 2500000|\"max_kr\": 2500000|needs \"min_kr\"",
        "\"min_kr\": 2000000, \"max_kr\": 2500000|\"min_kr\": -1, \"max_kr\": 2500000|0 or more",
        "\"min_kr\": 2000000, \"max_kr\": 2500000|\"min_kr\": \"2 mio\", \"max_kr\": 2500000|whole number",
        "\"min_kr\": 2000000, \"max_kr\": 2500000|\"min_kr\": 2000000, \"max_kr\": 2600000|overlap"})
    void badBandAmountsAreRefusedWithTheirLocation(String original, String replacement, String says, @TempDir Path dir)
            throws Exception {
        String json = Files.readString(Path.of("data-schema/screening-sheet.json"));
        assertTrue(json.contains(original), "test setup: the amounts are in the file");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json.replace(original, replacement));
        SheetDefinitionException e = assertThrows(SheetDefinitionException.class, () -> ScreeningSheet.load(file));
        assertTrue(e.getMessage().contains("questions[2].options"), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }

    @Test
    void dontKnowIsMarkedOnlyOnVedIkke() {
        for (Question q : sheet.questions()) {
            for (AnswerOption o : q.options()) {
                assertEquals(o.label().da().equals("Ved ikke"), o.dontKnow(), q.key() + "/" + o.code());
            }
        }
    }

    @Test
    void ageIsAWholeNumberFrom18To120() {
        Question age = sheet.require("age");
        assertEquals(AnswerType.WHOLE_NUMBER, age.type());
        assertEquals(18, age.min());
        assertEquals(120, age.max());
    }

    @Test
    void matchAcceptsCodeAndBothLabelsIgnoringCaseSpacesAndTrailingPunctuation() {
        Question conviction = sheet.require("conviction");
        for (String typed : List.of("Ja", "ja", "JA ", " Ja.", "yes", "Yes", "YES!", "Ja ?", "\u00A0ja\u00A0")) {
            assertEquals("yes", sheet.match(conviction, typed).orElseThrow().code(), typed);
        }
        for (String typed : List.of("jaa", "j a", "J", "ja ja", "-ja", "Nej ja", "")) {
            assertTrue(sheet.match(conviction, typed).isEmpty(), typed);
        }
    }

    @Test
    void publishedFiguresReferToExistingAnswers() {
        long withShare = sheet.questions().stream().filter(q -> q.published().flatMap(p -> p.share().isPresent()
                ? java.util.Optional.of(p) : java.util.Optional.empty()).isPresent()).count();
        assertTrue(withShare >= 15, "published shares: " + withShare);
        assertEquals(0.85, sheet.require("behaviour_decisive").published().orElseThrow().share().orElseThrow(), 1e-12);
        assertEquals(652, sheet.require("negotiation_possible").published().orElseThrow().n().orElseThrow());
    }

    @Test
    void anotherSheetFileCanBeLoadedInstead(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("data-schema/screening-sheet.json"))
                .replace("\"version\": \"1.0.0\"", "\"version\": \"2.0.0-test\"");
        Path file = dir.resolve("my-sheet.json");
        Files.writeString(file, json);
        ScreeningSheet other = ScreeningSheet.load(file);
        assertEquals("2.0.0-test", other.version());
        assertEquals(36, other.questions().size());
    }

    @Test
    void aSheetWithAnAmbiguousOptionIsRefusedWithItsLocation(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("data-schema/screening-sheet.json"))
                .replace("{\"code\": \"female\", \"label\": {\"da\": \"Kvinde\", \"en\": \"Female\"}",
                        "{\"code\": \"female\", \"label\": {\"da\": \"Mand\", \"en\": \"Female\"}");
        assertTrue(json.contains("\"da\": \"Mand\", \"en\": \"Female\""), "test setup: replacement applied");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        SheetDefinitionException e = assertThrows(SheetDefinitionException.class, () -> ScreeningSheet.load(file));
        assertTrue(e.getMessage().contains("bad.json (questions[0].options)"), e.getMessage());
        assertTrue(e.getMessage().contains("'mand'"), e.getMessage());
    }

    @Test
    void aConditionOnALaterOrUnknownQuestionIsRefused(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("data-schema/screening-sheet.json"))
                .replace("\"question\": \"behaviour_decisive\"", "\"question\": \"nonexistent\"");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        SheetDefinitionException e = assertThrows(SheetDefinitionException.class, () -> ScreeningSheet.load(file));
        assertTrue(e.getMessage().contains("applies_when"), e.getMessage());
    }

    @Test
    void invalidJsonAndWrongShapesGiveLocatedErrors(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"id\": ");
        assertTrue(assertThrows(SheetDefinitionException.class, () -> ScreeningSheet.load(broken)).getMessage()
                .startsWith("broken.json: is not valid JSON"));
        Path noType = dir.resolve("notype.json");
        Files.writeString(noType, Files.readString(Path.of("data-schema/screening-sheet.json"))
                .replaceFirst("\"type\": \"single_choice\"", "\"type\": \"free_text\""));
        SheetDefinitionException e = assertThrows(SheetDefinitionException.class, () -> ScreeningSheet.load(noType));
        assertTrue(e.getMessage().contains("questions[0].type") && e.getMessage().contains("free_text"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }
}
