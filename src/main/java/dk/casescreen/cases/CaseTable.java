package dk.casescreen.cases;

import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.AnswerType;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.IntPredicate;
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
 * {@code source_sheet}, {@code source_row}, and {@code round} (the first date of the case's
 * screening round as ISO text, empty for the undated round).
 *
 * <p>A table knows the screening round of every case ({@link #rounds()}, {@link #round(int)}): the
 * screening dates cluster into rounds wherever the gap between two dates exceeds 90 days; a case
 * without a date belongs to its file's round when the file's dated cases all fall in one round, and
 * the other cases without a date form the undated round, last. A table selected from another keeps the
 * rounds of the table it came from.
 *
 * <p>Tablesaw orders text columns alphabetically; the sheet's answer order is kept here instead:
 * {@link #levels(String)} gives the codes in sheet order and {@link #ordinal(String)} the
 * answers as positions in that order. Not answered and not applicable are both missing in the
 * Tablesaw columns; {@link #records()} and {@link #column(String)} keep them apart.
 *
 * <p>The cases are held by column ({@link AnswerColumn}): a loaded table makes its record objects
 * and its Tablesaw view only when asked for them, so that a million cases fit in a few hundred
 * megabytes; analyses read the columns.
 */
public final class CaseTable {

    private final ScreeningSheet sheet;
    private final CaseColumns columns;
    private final List<CaseRecord> given;
    private final DataOrigin origin;
    private final RoundIndex roundIndex;
    private Table table;
    private Records records;

    /**
     * Creates a case table of the given records, read against {@code sheet}. Its origin follows from
     * the municipalities: synthetic when any case belongs to a fictional municipality
     * ({@link DataOrigin#ofMunicipalityCode}).
     */
    public CaseTable(ScreeningSheet sheet, List<CaseRecord> records) {
        this.sheet = sheet;
        this.given = List.copyOf(records);
        this.columns = CaseColumns.of(sheet, given);
        this.origin = originOf(columns);
        this.roundIndex = RoundIndex.cluster(columns.size, columns::epochDay, columns::fileIndex);
    }

    /** A case table of loaded columns; records are made from them when asked for. */
    CaseTable(ScreeningSheet sheet, CaseColumns columns) {
        this(sheet, columns, RoundIndex.cluster(columns.size, columns::epochDay, columns::fileIndex));
    }

    /** A case table of loaded columns whose rounds the load settled. */
    CaseTable(ScreeningSheet sheet, CaseColumns columns, RoundIndex rounds) {
        this(sheet, columns, null, originOf(columns), rounds);
    }

    private CaseTable(ScreeningSheet sheet, CaseColumns columns, List<CaseRecord> given, DataOrigin origin,
                      RoundIndex rounds) {
        this.sheet = sheet;
        this.given = given;
        this.columns = columns;
        this.origin = origin;
        this.roundIndex = rounds;
    }

    private static DataOrigin originOf(CaseColumns columns) {
        DataOrigin origin = DataOrigin.OBSERVED;
        String last = null;
        for (int i = 0; i < columns.size && !origin.isSynthetic(); i++) {
            String code = columns.municipality(i);
            if (!code.equals(last)) {
                origin = DataOrigin.ofMunicipalityCode(code);
                last = code;
            }
        }
        return origin;
    }

    /** Where the cases come from: synthetic or observed. Every result built on the table carries it. */
    public DataOrigin origin() {
        return origin;
    }

    /** The same cases marked with another origin; marking synthetic data as observed is refused. */
    public CaseTable withOrigin(DataOrigin other) {
        if (origin.isSynthetic() && !other.isSynthetic()) {
            throw new IllegalArgumentException("Synthetic cases cannot be marked as observed");
        }
        return new CaseTable(sheet, columns, given, other, roundIndex);
    }

    private Table build() {
        int n = size();
        Table t = Table.create("cases");
        String[] municipality = new String[n];
        String[] caseNumber = new String[n];
        LocalDate[] dates = new LocalDate[n];
        double[] cost = new double[n];
        String[] remark = new String[n];
        String[] file = new String[n];
        String[] worksheet = new String[n];
        int[] row = new int[n];
        String[] round = new String[n];
        for (int i = 0; i < n; i++) {
            round[i] = roundIndex.firstDate(roundIndex.of(i)).map(LocalDate::toString).orElse("");
            municipality[i] = columns.municipality(i);
            caseNumber[i] = columns.caseNumber(i);
            dates[i] = columns.date(i).orElse(null);
            cost[i] = columns.cost(i).map(java.math.BigDecimal::doubleValue).orElse(Double.NaN);
            remark[i] = columns.remark(i).orElse("");
            Location source = given != null ? given.get(i).source() : columns.source(i);
            file[i] = source.file();
            worksheet[i] = source.sheet().orElse("");
            row[i] = (int) source.row();
        }
        t.addColumns(StringColumn.create("municipality", municipality), StringColumn.create("case_number", caseNumber),
                DateColumn.create("screening_date", dates), DoubleColumn.create("annual_cost", cost),
                StringColumn.create("remark", remark));
        for (Question q : sheet.questions()) {
            t.addColumns(questionColumn(q));
        }
        t.addColumns(StringColumn.create("source_file", file), StringColumn.create("source_sheet", worksheet),
                IntColumn.create("source_row", row), StringColumn.create("round", round));
        return t;
    }

    private Column<?> questionColumn(Question q) {
        AnswerColumn column = columns.answers(q.key());
        if (q.type() == AnswerType.WHOLE_NUMBER) {
            int[] values = new int[size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = column.option(i) == AnswerColumn.NUMBER ? column.number(i) : IntColumnType.missingValueIndicator();
            }
            return IntColumn.create(q.key(), values);
        }
        String[] codes = new String[size()];
        List<String> levels = q.codes();
        for (int i = 0; i < codes.length; i++) {
            int option = column.option(i);
            codes[i] = option >= 0 ? levels.get(option)
                    : column.answer(i) instanceof Answer.Choice(String code) ? code : "";
        }
        return StringColumn.create(q.key(), codes);
    }

    /** The sheet the records were read against. */
    public ScreeningSheet sheet() {
        return sheet;
    }

    /**
     * The case records, in load order. For a loaded table the list makes each record when it is first
     * read and keeps it, so the same list and the same record objects come back on every call (a set of
     * records, even by identity, finds them again); {@link #column(String)} is the faster way through
     * many cases.
     */
    public List<CaseRecord> records() {
        if (given != null) {
            return given;
        }
        synchronized (this) {
            if (records == null) {
                records = new Records();
            }
            return records;
        }
    }

    private final class Records extends AbstractList<CaseRecord> implements RandomAccess {
        private final CaseRecord[] made = new CaseRecord[columns.size];

        @Override
        public CaseRecord get(int index) {
            java.util.Objects.checkIndex(index, columns.size);
            synchronized (made) {
                CaseRecord r = made[index];
                if (r == null) {
                    r = columns.record(index);
                    made[index] = r;
                }
                return r;
            }
        }

        @Override
        public int size() {
            return columns.size;
        }
    }

    /** Case {@code row} as a record (the same object as {@code records().get(row)} once the records were asked for). */
    public CaseRecord record(int row) {
        if (given != null) {
            return given.get(row);
        }
        Records kept;
        synchronized (this) {
            kept = records;
        }
        return kept != null ? kept.get(row) : columns.record(row);
    }

    /** The municipality code of case {@code row}. */
    public String municipalityCode(int row) {
        return columns.municipality(row);
    }

    /**
     * The exact annual cost in kr. of case {@code row}, if given: the columnar way to the costs of many
     * cases, without making record objects.
     */
    public Optional<java.math.BigDecimal> annualCost(int row) {
        return columns.cost(row);
    }

    /** The case number of case {@code row}. */
    public String caseNumber(int row) {
        return columns.caseNumber(row);
    }

    /** The answers of every case to the question with the given key. */
    public AnswerColumn column(String questionKey) {
        return columns.answers(sheet.require(questionKey).key());
    }

    /** The number of cases. */
    public int size() {
        return columns.size;
    }

    /** A copy of the Tablesaw view (the copy may be changed freely); the view is built on first use. */
    public Table table() {
        synchronized (this) {
            if (table == null) {
                table = build();
            }
        }
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
        AnswerColumn column = column(questionKey);
        int[] values = new int[size()];
        for (int i = 0; i < values.length; i++) {
            int option = column.option(i);
            values[i] = option >= 0 ? option
                    : option == AnswerColumn.OTHER && column.answer(i) instanceof Answer.Choice ? -1
                    : IntColumnType.missingValueIndicator();
        }
        return IntColumn.create(questionKey + "_ordinal", values);
    }

    /**
     * Counts the answers to a choice question in sheet order, followed by "not answered" and "not
     * applicable" (codes {@code _not_answered} and {@code _not_applicable}).
     */
    public Table frequencies(String questionKey) {
        Question q = sheet.require(questionKey);
        AnswerColumn column = column(questionKey);
        int[] counts = new int[q.options().size()];
        int notAnswered = 0;
        int notApplicable = 0;
        for (int i = 0; i < size(); i++) {
            int option = column.option(i);
            if (option >= 0) {
                counts[option]++;
            } else if (option == AnswerColumn.NOT_ANSWERED) {
                notAnswered++;
            } else if (option == AnswerColumn.NOT_APPLICABLE) {
                notApplicable++;
            }
        }
        StringColumn code = StringColumn.create("code");
        StringColumn labelDa = StringColumn.create("label_da");
        StringColumn labelEn = StringColumn.create("label_en");
        IntColumn count = IntColumn.create("count");
        for (int o = 0; o < q.options().size(); o++) {
            AnswerOption option = q.options().get(o);
            code.append(option.code());
            labelDa.append(option.label().da());
            labelEn.append(option.label().en());
            count.append(counts[o]);
        }
        code.append("_not_answered");
        labelDa.append("Ikke besvaret");
        labelEn.append("Not answered");
        count.append(notAnswered);
        code.append("_not_applicable");
        labelDa.append("Ikke relevant");
        labelEn.append("Not applicable");
        count.append(notApplicable);
        return Table.create(questionKey, code, labelDa, labelEn, count);
    }

    /** The cases for which {@code keep} holds, as a new case table. */
    public CaseTable filter(Predicate<CaseRecord> keep) {
        return rows(i -> keep.test(record(i)));
    }

    /** The cases whose row number (0 for the first case) satisfies {@code keep}, as a new case table. */
    public CaseTable rows(IntPredicate keep) {
        int[] rows = new int[size()];
        int n = 0;
        for (int i = 0; i < rows.length; i++) {
            if (keep.test(i)) {
                rows[n++] = i;
            }
        }
        return select(java.util.Arrays.copyOf(rows, n));
    }

    /** The given cases, in the given order, as a new case table. */
    public CaseTable select(int[] rows) {
        List<CaseRecord> selected = null;
        if (given != null) {
            CaseRecord[] r = new CaseRecord[rows.length];
            for (int i = 0; i < rows.length; i++) {
                r[i] = given.get(rows[i]);
            }
            selected = List.of(r);
        }
        return new CaseTable(sheet, columns.select(rows), selected, origin, roundIndex.select(rows));
    }

    /**
     * The screening rounds of the cases, in date order with the undated round last, each with its
     * number of cases in this table; a round none of whose cases is in this table is left out (the
     * others keep their numbers). Empty for a table without cases.
     */
    public List<ScreeningRound> rounds() {
        return roundIndex.rounds();
    }

    /** The screening round of case {@code row} (0 for the first case). */
    public ScreeningRound round(int row) {
        java.util.Objects.checkIndex(row, size());
        return roundIndex.round(roundIndex.of(row));
    }

    /**
     * The cases of one screening round, as a new case table (with this table's origin and rounds);
     * the round is matched by its number.
     */
    public CaseTable inRound(ScreeningRound round) {
        int index = round.number() - 1;
        return rows(i -> roundIndex.of(i) == index);
    }

    /** One case table per screening round, in the order of {@link #rounds()}. */
    public List<CaseTable> byRound() {
        if (roundIndex.rounds().size() == 1) {
            return List.of(this);
        }
        return roundIndex.rounds().stream().map(this::inRound).toList();
    }

    /** Where case {@code row} was read: file, worksheet and row. */
    Location source(int row) {
        return given != null ? given.get(row).source() : columns.source(row);
    }

    /** The screening date of case {@code row} as an epoch day, or {@link RoundIndex#NO_DATE}. */
    int epochDay(int row) {
        return columns.epochDay(row);
    }
}
