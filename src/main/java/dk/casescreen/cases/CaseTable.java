package dk.casescreen.cases;

import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.AnswerType;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.IntColumnType;
import tech.tablesaw.columns.Column;

/**
 * The accepted case records together with the sheet they were read against, and a Tablesaw view
 * of them: one row per case; columns {@code municipality}, {@code case_number},
 * {@code screening_date}, {@code annual_cost}, {@code remark}, one column per question (answer
 * codes, or whole numbers for {@code age}), and the provenance columns {@code source_file},
 * {@code source_sheet}, {@code source_row}.
 *
 * <p>Tablesaw orders text columns alphabetically; the sheet's answer order is kept here instead:
 * {@link #levels(String)} gives the codes in sheet order and {@link #ordinal(String)} the
 * answers as positions in that order. Not answered and not applicable are both missing in the
 * Tablesaw columns; {@link #records()} keeps them apart.
 */
public final class CaseTable {

    private final ScreeningSheet sheet;
    private final List<CaseRecord> records;
    private final Table table;

    /** Creates a case table of the given records, read against {@code sheet}. */
    public CaseTable(ScreeningSheet sheet, List<CaseRecord> records) {
        this.sheet = sheet;
        this.records = List.copyOf(records);
        this.table = build();
    }

    private Table build() {
        int n = records.size();
        Table t = Table.create("cases");
        t.addColumns(
                StringColumn.create("municipality", records.stream().map(CaseRecord::municipalityCode)),
                StringColumn.create("case_number", records.stream().map(CaseRecord::caseNumber)),
                DateColumn.create("screening_date", records.stream().map(r -> r.screeningDate().orElse(null))
                        .toArray(LocalDate[]::new)),
                DoubleColumn.create("annual_cost", records.stream()
                        .mapToDouble(r -> r.annualCost().map(java.math.BigDecimal::doubleValue).orElse(Double.NaN))),
                StringColumn.create("remark", records.stream().map(r -> r.remark().orElse(""))));
        for (Question q : sheet.questions()) {
            t.addColumns(questionColumn(q));
        }
        t.addColumns(
                StringColumn.create("source_file", records.stream().map(r -> r.source().file())),
                StringColumn.create("source_sheet", records.stream().map(r -> r.source().sheet().orElse(""))),
                IntColumn.create("source_row", records.stream().mapToInt(r -> (int) r.source().row()).toArray()));
        if (t.rowCount() != n) {
            throw new IllegalStateException("case table has " + t.rowCount() + " rows for " + n + " records");
        }
        return t;
    }

    private Column<?> questionColumn(Question q) {
        if (q.type() == AnswerType.WHOLE_NUMBER) {
            int[] values = new int[records.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = records.get(i).answer(q.key()) instanceof Answer.WholeNumber(int v) ? v : IntColumnType.missingValueIndicator();
            }
            return IntColumn.create(q.key(), values);
        }
        return StringColumn.create(q.key(), records.stream().map(r -> r.code(q.key()).orElse("")));
    }

    /** The sheet the records were read against. */
    public ScreeningSheet sheet() {
        return sheet;
    }

    /** The case records, in load order. */
    public List<CaseRecord> records() {
        return records;
    }

    /** The number of cases. */
    public int size() {
        return records.size();
    }

    /** A copy of the Tablesaw view (the copy may be changed freely). */
    public Table table() {
        return table.copy();
    }

    /** The answer codes of a choice question in sheet order ("Ved ikke" included, last where the sheet puts it). */
    public List<String> levels(String questionKey) {
        return sheet.require(questionKey).codes();
    }

    /**
     * The answers to a choice question as positions in sheet order (0 for the first option), missing
     * where not answered or not applicable.
     */
    public IntColumn ordinal(String questionKey) {
        Question q = sheet.require(questionKey);
        List<String> codes = q.codes();
        int[] values = new int[records.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = records.get(i).code(questionKey).map(codes::indexOf).orElse(IntColumnType.missingValueIndicator());
        }
        return IntColumn.create(questionKey + "_ordinal", values);
    }

    /**
     * Counts the answers to a choice question in sheet order, followed by "not answered" and "not
     * applicable" (codes {@code _not_answered} and {@code _not_applicable}).
     */
    public Table frequencies(String questionKey) {
        Question q = sheet.require(questionKey);
        StringColumn code = StringColumn.create("code");
        StringColumn labelDa = StringColumn.create("label_da");
        StringColumn labelEn = StringColumn.create("label_en");
        IntColumn count = IntColumn.create("count");
        for (AnswerOption option : q.options()) {
            code.append(option.code());
            labelDa.append(option.label().da());
            labelEn.append(option.label().en());
            count.append((int) records.stream().filter(r -> r.code(questionKey).filter(option.code()::equals).isPresent()).count());
        }
        code.append("_not_answered");
        labelDa.append("Ikke besvaret");
        labelEn.append("Not answered");
        count.append((int) records.stream().filter(r -> r.answer(questionKey) instanceof Answer.NotAnswered).count());
        code.append("_not_applicable");
        labelDa.append("Ikke relevant");
        labelEn.append("Not applicable");
        count.append((int) records.stream().filter(r -> r.answer(questionKey) instanceof Answer.NotApplicable).count());
        return Table.create(questionKey, code, labelDa, labelEn, count);
    }

    /** The cases for which {@code keep} holds, as a new case table. */
    public CaseTable filter(Predicate<CaseRecord> keep) {
        return new CaseTable(sheet, records.stream().filter(keep).toList());
    }
}
