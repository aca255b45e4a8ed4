package dk.casescreen.fuzz;

import dk.casescreen.CprForms;
import java.util.List;
import java.util.random.RandomGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plants a CPR number, in one of the written forms of {@link CprForms}, in each place a case file
 * can hold one: a cell, a heading, a JSON value or key, a worksheet name, and the file's name.
 */
final class CprPlants {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The places in a CSV file. */
    static final List<TextDraft.Named> CSV = List.of(
            new TextDraft.Named("CPR in a cell", (d, rng) -> {
                String cpr = form(rng, false);
                d.planted(cpr, CsvMutations.setCell(d, rng, cpr, "CPR", false));
            }),
            new TextDraft.Named("CPR in a heading", (d, rng) -> {
                String cpr = form(rng, false);
                d.planted(cpr, CsvMutations.setCell(d, rng, cpr, "CPR", true));
            }),
            new TextDraft.Named("CPR as file name", CprPlants::textFileName));

    /** The places in a JSON file. */
    static final List<TextDraft.Named> JSON_FILE = List.of(
            new TextDraft.Named("CPR as a value", (d, rng) -> jsonValue(d, rng, false)),
            new TextDraft.Named("CPR as a number", (d, rng) -> jsonValue(d, rng, true)),
            new TextDraft.Named("CPR as a key", CprPlants::jsonKey),
            new TextDraft.Named("CPR as file name", CprPlants::textFileName));

    /** The places in a workbook. */
    static final List<WorkbookDraft.Named> WORKBOOK = List.of(
            new WorkbookDraft.Named("CPR in a cell", (d, rng) -> PoiMutations.edit(d, rng,
                    (sheet, r, draft) -> PoiMutations.plantInCell(sheet, r, draft, form(r, false)))),
            new WorkbookDraft.Named("CPR in a heading", (d, rng) -> PoiMutations.edit(d, rng,
                    (sheet, r, draft) -> PoiMutations.plantInHeading(sheet, r, draft, form(r, false)))),
            new WorkbookDraft.Named("CPR as worksheet name", CprPlants::worksheetName),
            new WorkbookDraft.Named("CPR as file name", (d, rng) -> {
                String cpr = form(rng, true);
                d.fileName = cpr + ".xlsx";
                d.planted(cpr, "the file name");
            }));

    private CprPlants() {
    }

    /** A random written form; without a slash when it must fit in a file name. */
    static String form(RandomGenerator rng, boolean fileName) {
        List<String> forms = CprForms.all().stream().filter(f -> !fileName || f.indexOf('/') < 0).toList();
        return forms.get(rng.nextInt(forms.size()));
    }

    static void textFileName(TextDraft d, RandomGenerator rng) {
        String cpr = form(rng, true);
        d.fileName = cpr + d.fileName.substring(d.fileName.lastIndexOf('.'));
        d.planted(cpr, "the file name");
    }

    static void jsonValue(TextDraft d, RandomGenerator rng, boolean number) {
        String cpr = form(rng, false);
        boolean asNumber = number && cpr.chars().allMatch(Character::isDigit);
        if (JsonMutations.raw(d, rng, asNumber ? cpr : JSON.writeValueAsString(cpr), asNumber ? "number" : "string")) {
            d.planted(cpr, "a record's value" + (asNumber ? " as a number" : ""));
        }
    }

    static void jsonKey(TextDraft d, RandomGenerator rng) {
        String cpr = form(rng, false);
        if (JsonMutations.addKey(d, rng, cpr)) {
            d.planted(cpr, "a record's key");
        }
    }

    static void worksheetName(WorkbookDraft d, RandomGenerator rng) {
        String cpr = form(rng, false);
        WorkbookMutations.replaceOne(d, rng, "xl/workbook.xml", java.util.regex.Pattern.compile(
                "name=\"" + Seeds.CASE_SHEET + "\""), tag -> "name=\"" + cpr + "\"", "rename the case sheet");
        d.planted(cpr, "the case sheet's name");
    }
}
