package dk.casescreen.followup;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.synth.PlantedEffect;
import dk.casescreen.reference.synth.RoundOptions;
import dk.casescreen.reference.synth.SyntheticDataSet;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The writer of src/test/resources/r-reference/followup.input.csv, the fixed pair of synthetic rounds that
 * src/test/R/followup.R analyses and {@link FollowUpRTest} compares with: the citizens linked between round 1
 * and 2 of {@link #OPTIONS} and {@link #ROUNDS}, one row each, with their municipality and case number, cost
 * band in both rounds (code and position in the sheet's order, and the number of bands), target group (code
 * and position), cost trend (question 4), exact annual cost in both rounds (empty when not given) and the
 * answers to {@link #QUESTIONS} in both rounds (empty when blank). Rewrite it (only needed when the pair is
 * to change) with {@code ./mvnw test -Dtest=FollowUpRInput -Dcasescreen.writeRInput=true}, then run
 * scripts/r-reference.
 */
class FollowUpRInput {

    static final Path FILE = Path.of("src/test/resources/r-reference/followup.input.csv");
    static final SyntheticOptions OPTIONS = SyntheticOptions.REFERENCE.withSeed(1313).withCases(400);
    static final RoundOptions ROUNDS = RoundOptions.defaults().withProgression(PlantedEffect.parse("use_of_force=yes:2"));
    /** The Ja/Nej questions exported; the rest are left unanswered, so the families are formed of these. */
    static final List<String> QUESTIONS = List.of("use_of_force", "conviction", "day_offer", "politicians_involved",
            "relatives_difficult", "welfare_technology", "viso", "special_place_tried");
    static final List<String> HEADER = header();

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("municipality", "case_number", "band_1", "band_2", "band_pos_1",
                "band_pos_2", "bands", "target_group", "target_group_pos", "cost_trend", "cost_1", "cost_2"));
        for (String q : QUESTIONS) {
            h.add(q + "_1");
            h.add(q + "_2");
        }
        return List.copyOf(h);
    }

    @Test
    @EnabledIfSystemProperty(named = "casescreen.writeRInput", matches = "true")
    void write() throws IOException {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        List<SyntheticDataSet> data = new SyntheticGenerator(sheet).generateRounds(OPTIONS, ROUNDS);
        Linking link = Linking.of(new CaseTable(sheet, data.get(0).records()), new CaseTable(sheet, data.get(1).records()));
        List<String> bands = sheet.require("cost_band").codes();
        List<String> groups = sheet.require("target_group").codes();
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", HEADER));
        for (int i = 0; i < link.size(); i++) {
            CaseRecord a = link.before(i);
            CaseRecord b = link.after(i);
            String band1 = a.code("cost_band").orElseThrow();
            String band2 = b.code("cost_band").orElseThrow();
            String group = a.code("target_group").orElseThrow();
            List<String> row = new ArrayList<>(List.of(a.municipalityCode(), a.caseNumber(), band1, band2,
                    String.valueOf(bands.indexOf(band1) + 1), String.valueOf(bands.indexOf(band2) + 1),
                    String.valueOf(bands.size()), group, String.valueOf(groups.indexOf(group) + 1),
                    a.code("cost_trend").orElse(""), a.annualCost().map(BigDecimal::toPlainString).orElse(""),
                    b.annualCost().map(BigDecimal::toPlainString).orElse("")));
            for (String q : QUESTIONS) {
                row.add(a.code(q).orElse(""));
                row.add(b.code(q).orElse(""));
            }
            lines.add(String.join(",", row));
        }
        Files.write(FILE, lines, StandardCharsets.UTF_8);
    }
}
