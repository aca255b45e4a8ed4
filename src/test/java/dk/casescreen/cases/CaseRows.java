package dk.casescreen.cases;

import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds rows of case records for a sheet: a header row (the five record fields under their Danish
 * headings, then one column per question headed by its key) and valid data rows that tests then
 * spoil cell by cell. A row is a map from heading to cell, so a test names the cell it changes.
 */
final class CaseRows {

    static final String MUNICIPALITY = "Kommune";
    static final String CASE_NUMBER = "Sag nr.";
    static final String DATE = "Dato";
    static final String COST = "Årlig udgift i kr.";
    static final String REMARK = "Bemærkning";

    private final ScreeningSheet sheet;

    CaseRows(ScreeningSheet sheet) {
        this.sheet = sheet;
    }

    /** The sheet the rows are built for. */
    ScreeningSheet sheet() {
        return sheet;
    }

    /** The headings: the record fields in Danish, then every question's key in sheet order. */
    List<String> header() {
        List<String> header = new ArrayList<>(List.of(MUNICIPALITY, CASE_NUMBER, DATE, COST, REMARK));
        sheet.questions().forEach(q -> header.add(q.key()));
        return header;
    }

    /**
     * A valid row of Aarhus, screened 01-10-2022, with Danish answer labels: the option at
     * {@code variant} modulo the number of options, age 18 + {@code variant} modulo 103, and
     * conditional questions left blank where they do not apply.
     */
    Map<String, String> valid(String caseNumber, int variant) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(MUNICIPALITY, "Aarhus");
        row.put(CASE_NUMBER, caseNumber);
        row.put(DATE, "01-10-2022");
        row.put(COST, "");
        row.put(REMARK, "");
        Map<String, String> codes = new LinkedHashMap<>();
        for (Question q : sheet.questions()) {
            if (!q.type().isChoice()) {
                row.put(q.key(), Integer.toString(q.min() + Math.floorMod(variant, q.max() - q.min() + 1)));
                continue;
            }
            if (q.condition().isPresent() && !q.condition().get().holdsFor(codes.get(q.condition().get().questionKey()))) {
                row.put(q.key(), "");
                continue;
            }
            AnswerOption option = q.options().get(Math.floorMod(variant, q.options().size()));
            codes.put(q.key(), option.code());
            row.put(q.key(), option.label().da());
        }
        return row;
    }

    /**
     * Rows that between them write options as codes, Danish and English labels.
     *
     * @param data     the rows
     * @param expected the answers each row must load to, by case number
     * @param covered  the (question key, option code, form) triples written, as "key/code/form"
     *                 with form 0 = code, 1 = Danish label, 2 = English label
     */
    record Coverage(List<Map<String, String>> data, Map<String, Map<String, Answer>> expected, Set<String> covered) {
    }

    /**
     * {@code n} valid rows (case numbers C0, C1, …) in which each choice question cycles through
     * its options, first as codes, then Danish labels, then English labels; conditional questions
     * cycle only over the rows where they apply and are blank elsewhere. With 48 rows every option
     * of the built-in sheet appears in every form.
     */
    Coverage coverage(int n) {
        List<Map<String, String>> data = new ArrayList<>();
        Map<String, Map<String, Answer>> expected = new LinkedHashMap<>();
        Set<String> covered = new HashSet<>();
        Map<String, Integer> uses = new HashMap<>();
        for (int r = 0; r < n; r++) {
            String caseNumber = "C" + r;
            Map<String, String> row = valid(caseNumber, r);
            Map<String, Answer> answers = new HashMap<>();
            Map<String, String> codes = new HashMap<>();
            for (Question q : sheet.questions()) {
                if (!q.type().isChoice()) {
                    answers.put(q.key(), new Answer.WholeNumber(Integer.parseInt(row.get(q.key()))));
                    continue;
                }
                if (q.condition().isPresent() && !q.condition().get().holdsFor(codes.get(q.condition().get().questionKey()))) {
                    row.put(q.key(), "");
                    answers.put(q.key(), Answer.NOT_APPLICABLE);
                    continue;
                }
                int k = q.options().size();
                int pair = uses.merge(q.key(), 1, Integer::sum) - 1;
                AnswerOption option = q.options().get(pair % k);
                int form = (pair / k) % 3;
                row.put(q.key(), switch (form) {
                    case 0 -> option.code();
                    case 1 -> option.label().da();
                    default -> option.label().en();
                });
                codes.put(q.key(), option.code());
                answers.put(q.key(), new Answer.Choice(option.code()));
                covered.add(q.key() + "/" + option.code() + "/" + form);
            }
            data.add(row);
            expected.put(caseNumber, answers);
        }
        return new Coverage(data, expected, covered);
    }

    /** The Danish label of an option of a question, by code. */
    String label(String questionKey, String code) {
        return sheet.require(questionKey).option(code).orElseThrow().label().da();
    }

    /** The table of these rows under the default header. */
    List<List<String>> table(List<Map<String, String>> rows) {
        return table(header(), rows);
    }

    /** The table of these rows under {@code header}; cells of headings a row lacks are blank. */
    static List<List<String>> table(List<String> header, List<Map<String, String>> rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.copyOf(header));
        for (Map<String, String> row : rows) {
            table.add(header.stream().map(h -> row.getOrDefault(h, "")).toList());
        }
        return table;
    }

    /** A row of blank cells as wide as {@code header}. */
    static Map<String, String> blank(List<String> header) {
        Map<String, String> row = new LinkedHashMap<>();
        header.forEach(h -> row.put(h, ""));
        return row;
    }
}
