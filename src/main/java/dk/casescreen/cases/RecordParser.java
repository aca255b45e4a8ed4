package dk.casescreen.cases;

import dk.casescreen.Language;
import dk.casescreen.Text;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.cases.Municipality;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Condition;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.RecordField;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.sheet.Tokens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a data row into a case record, checking every rule that concerns one row: known
 * municipality, case number, date, amount, every answer against its question, ranges, and
 * answers to conditional questions that do not apply. Unknown-column and missing-column problems
 * are the file's, not the row's.
 */
final class RecordParser {

    private static final int CACHE_LIMIT = 4096;
    private static final int UNKNOWN = -9;
    private static final int LATER = -2;
    /** Matches without unit are cached as {@code READ_AS - position}. */
    private static final int READ_AS = -100;
    private static final int MATCH_SLOTS = 64;
    /** The slots of the answers' table looked at for one text, from the one its hash gives. */
    private static final int MATCH_PROBES = 4;
    /** A cell id whose text has not been matched yet. */
    private static final int NOT_MATCHED = Integer.MIN_VALUE;

    private final ScreeningSheet sheet;
    private final Municipalities municipalities;
    private final ColumnLayout layout;
    private final RowReader reader;
    private final List<Question> questions;
    /** The questions as an array, and whether each is a choice, for the loop over every row's answers. */
    private final Question[] questionArray;
    private final boolean[] choice;
    private final int[] columnOf;
    private final int[] parentOf;
    private final boolean[][] holdsFor;
    private final String[][] matchedText;
    private final int[][] matchedOption;
    /** Per question, the match of each cell id of its column, or {@link #NOT_MATCHED}. */
    private final int[][] matchedById;
    private final Map<String, Optional<Municipality>> municipalityCache = new HashMap<>();
    private final Map<String, Optional<LocalDate>> dateCache = new HashMap<>();
    /** The dates of the date column's cell ids (null where not read yet). */
    @SuppressWarnings("unchecked")
    private Optional<LocalDate>[] datesById = (Optional<LocalDate>[]) new Optional<?>[16];
    private final Map<String, Text> suggestionCache = new HashMap<>();
    private final int[] option;
    private final int[] number;
    private final Problem[] missing;
    private final List<Problem> rowProblems = new ArrayList<>();
    private long currentRow;
    private Location currentAt;
    private final Location file;
    private final String[] lastMunicipalityText = new String[MATCH_SLOTS];
    @SuppressWarnings("unchecked")
    private final Optional<Municipality>[] lastMunicipality = (Optional<Municipality>[]) new Optional<?>[MATCH_SLOTS];
    private final Optional<String>[] labels;
    private Optional<String>[] columnNames = newOptionals(64);
    private final int municipalityColumn;
    private final int caseNumberColumn;
    private final int dateColumn;
    private final int costColumn;
    private final int remarkColumn;
    private final boolean[] retirable;
    /** Whether an answer read without its unit has been noted in the question's column. */
    private final boolean[] readAsNoted;
    /** The questions whose options stand for amounts in kr. (the cost band), checked against the annual cost. */
    private final int[] bandQuestions;
    private final RetiredAnswers retired = new RetiredAnswers();
    private int rowsParsed;
    private LocalDate earliest;
    private LocalDate latest;
    private final LocalDate defaultDate;
    private final Optional<LocalDate> defaulted;

    /**
     * A parser of the rows of one table.
     *
     * @param retirableKeys the questions that some sheet version retires: their filled-in answers are
     *                      collected in {@link #retiredAnswers()}, since which version the rows are
     *                      read with is only decided when the whole load is read
     * @param defaultDate   the date of rows whose date cell is empty, or null (then they have none)
     */
    RecordParser(ScreeningSheet sheet, Municipalities municipalities, ColumnLayout layout, RowReader reader,
                 java.util.Set<String> retirableKeys, LocalDate defaultDate) {
        this.defaultDate = defaultDate;
        this.defaulted = Optional.ofNullable(defaultDate);
        this.sheet = sheet;
        this.municipalities = municipalities;
        this.layout = layout;
        this.reader = reader;
        this.questions = sheet.questions();
        this.questionArray = questions.toArray(Question[]::new);
        this.choice = new boolean[questionArray.length];
        for (int i = 0; i < choice.length; i++) {
            choice[i] = questionArray[i].type().isChoice();
        }
        this.file = reader.location();
        municipalityColumn = layout.field(RecordField.MUNICIPALITY).orElse(-1);
        caseNumberColumn = layout.field(RecordField.CASE_NUMBER).orElse(-1);
        dateColumn = layout.field(RecordField.SCREENING_DATE).orElse(-1);
        costColumn = layout.field(RecordField.ANNUAL_COST).orElse(-1);
        remarkColumn = layout.field(RecordField.REMARK).orElse(-1);
        int n = questions.size();
        columnOf = new int[n];
        parentOf = new int[n];
        holdsFor = new boolean[n][];
        option = new int[n];
        number = new int[n];
        missing = new Problem[n];
        labels = newOptionals(n);
        retirable = new boolean[n];
        readAsNoted = new boolean[n];
        for (int i = 0; i < n; i++) {
            Question q = questions.get(i);
            retirable[i] = retirableKeys.contains(q.key());
            columnOf[i] = layout.question(q).orElse(-1);
            labels[i] = Optional.of(label(q));
            parentOf[i] = -1;
            if (q.condition().isPresent()) {
                Condition c = q.condition().get();
                // a question asked later cannot decide: its answer is not read yet
                int parent = questions.indexOf(sheet.require(c.questionKey()));
                parentOf[i] = parent < i ? parent : LATER;
                List<String> codes = sheet.require(c.questionKey()).codes();
                holdsFor[i] = new boolean[codes.size()];
                for (int o = 0; o < codes.size(); o++) {
                    holdsFor[i][o] = c.holdsFor(codes.get(o));
                }
            }
        }
        bandQuestions = java.util.stream.IntStream.range(0, n)
                .filter(i -> questions.get(i).options().stream().anyMatch(o -> o.amount().isPresent())).toArray();
        matchedText = new String[n][MATCH_SLOTS];
        matchedOption = new int[n][MATCH_SLOTS];
        matchedById = new int[n][0];
    }

    /** Problems that concern the whole file: unknown columns and questions with no column. */
    List<Problem> fileProblems() {
        List<Problem> problems = new ArrayList<>();
        Location header = reader.location().atRow(layout.headerRow());
        for (int i = 0; i < layout.unknownColumns().size(); i++) {
            String heading = layout.unknownHeadings().get(i);
            problems.add(Rule.UNKNOWN_COLUMN.problem(header.atColumn(reader.columnName(layout.unknownColumns().get(i))),
                    null, heading, heading));
        }
        for (Question q : sheet.questions()) {
            if (layout.question(q).isEmpty()) {
                problems.add(Rule.MISSING_COLUMN.problem(header, label(q), null));
            }
        }
        return problems;
    }

    /** The filled-in answers to retirable questions, by row index and question position. */
    RetiredAnswers retiredAnswers() {
        return retired;
    }

    /** The earliest screening date read, if any. */
    Optional<LocalDate> earliestDate() {
        return Optional.ofNullable(earliest);
    }

    /** The latest screening date read, if any. */
    Optional<LocalDate> latestDate() {
        return Optional.ofNullable(latest);
    }

    /** The column of question {@code index} as a spreadsheet names it, if the file has one. */
    Optional<String> columnName(int index) {
        return columnOf[index] < 0 ? Optional.empty() : Optional.of(reader.columnName(columnOf[index]));
    }

    /** The cell of the case number in row {@code row}, as a user finds it. */
    Location caseNumberLocation(long row) {
        return fieldLocation(reader.location().atRow(row), RecordField.CASE_NUMBER);
    }

    /**
     * Parses a data row: appends its record to {@code out} when municipality and case number could
     * be read (whatever else is wrong with it), and returns the row's problems (in a list that the
     * next row reuses). A problem located at row 0 is the row's own, shared with other rows (see
     * {@link ParsedRows#add}).
     */
    List<Problem> parse(RawRow row, CaseColumns.Builder out) {
        currentRow = row.number();
        currentAt = null;
        rowsParsed++;
        List<Problem> problems = rowProblems;
        problems.clear();
        for (int c = row.formulas().nextSetBit(0); c >= 0; c = row.formulas().nextSetBit(c + 1)) {
            problems.add(Rule.FORMULA.problem(at().atColumn(reader.columnName(c)), null, null));
        }
        Optional<Municipality> municipality = municipality(row, problems);
        String caseNumber = field(row, caseNumberColumn).strip();
        if (caseNumber.isEmpty()) {
            problems.add(Rule.MISSING_CASE_NUMBER.problem(fieldLocation(at(), RecordField.CASE_NUMBER), null, null));
        }
        Optional<LocalDate> date = date(row, problems);
        Optional<BigDecimal> cost = cost(row, problems);
        String remarkText = field(row, remarkColumn).strip();
        answers(row, problems);
        if (cost.isPresent() && bandQuestions.length > 0) {
            costInBand(cost.get(), row, problems);
        }
        if (municipality.isPresent() && !caseNumber.isEmpty()) {
            out.start(municipality.get().code(), caseNumber, date.orElse(null), cost.orElse(null),
                    remarkText.isEmpty() ? null : remarkText, file, currentRow);
            for (int q = 0; q < questionArray.length; q++) {
                out.answers(q).add(option[q], number[q]);
            }
        }
        return problems;
    }

    private Optional<Municipality> municipality(RawRow row, List<Problem> problems) {
        String typed = field(row, municipalityColumn);
        if (Tokens.isBlank(typed)) {
            problems.add(Rule.MISSING_MUNICIPALITY.problem(fieldLocation(at(), RecordField.MUNICIPALITY), null, null));
            return Optional.empty();
        }
        int slot = typed.hashCode() & (MATCH_SLOTS - 1);
        Optional<Municipality> found = lastMunicipalityText[slot] == typed ? lastMunicipality[slot] : null;
        if (found == null) {
            found = municipalityCache.get(typed);
            if (found == null) {
                found = municipalities.find(typed);
                if (municipalityCache.size() < CACHE_LIMIT) {
                    municipalityCache.put(typed, found);
                }
            }
            lastMunicipalityText[slot] = typed;
            lastMunicipality[slot] = found;
        }
        if (found.isEmpty()) {
            problems.add(Rule.UNKNOWN_MUNICIPALITY.problem(fieldLocation(at(), RecordField.MUNICIPALITY), null, typed.strip(),
                    typed.strip(), suggestion(typed)));
        }
        return found;
    }

    /** "; mente du Aarhus?" after the message of an unknown municipality, or nothing when no name is near. */
    private Text suggestion(String typed) {
        Text known = suggestionCache.get(typed);
        if (known == null) {
            known = Suggestions.municipality(municipalities.suggest(typed));
            if (suggestionCache.size() < CACHE_LIMIT) {
                suggestionCache.put(typed, known);
            }
        }
        return known;
    }

    private Optional<LocalDate> date(RawRow row, List<Problem> problems) {
        String typed = field(row, dateColumn);
        if (Tokens.isBlank(typed) && defaultDate != null) {
            earliest = earliest == null || defaultDate.isBefore(earliest) ? defaultDate : earliest;
            latest = latest == null || defaultDate.isAfter(latest) ? defaultDate : latest;
            return defaulted;
        }
        if (Tokens.isBlank(typed)) {
            problems.add(Rule.MISSING_DATE.problem(fieldLocation(at(), RecordField.SCREENING_DATE), null, null));
            return Optional.empty();
        }
        Optional<LocalDate> date = dateOf(typed, row.id(dateColumn));
        date.ifPresent(d -> {
            earliest = earliest == null || d.isBefore(earliest) ? d : earliest;
            latest = latest == null || d.isAfter(latest) ? d : latest;
        });
        if (date.isEmpty()) {
            problems.add(Rule.INVALID_DATE.problem(fieldLocation(at(), RecordField.SCREENING_DATE), null, typed.strip(), typed.strip()));
        }
        return date;
    }

    /** The date a typed date cell means, remembered by the cell's id or, without one, by its text. */
    private Optional<LocalDate> dateOf(String typed, int id) {
        if (id != CellCache.NONE && id < datesById.length && datesById[id] != null) {
            return datesById[id];
        }
        Optional<LocalDate> date = dateCache.get(typed);
        if (date == null) {
            date = Values.date(typed);
            if (dateCache.size() < CACHE_LIMIT) {
                dateCache.put(typed, date);
            }
        }
        if (id != CellCache.NONE) {
            if (id >= datesById.length) {
                datesById = java.util.Arrays.copyOf(datesById, Math.max(2 * datesById.length, id + 1));
            }
            datesById[id] = date;
        }
        return date;
    }

    private Optional<BigDecimal> cost(RawRow row, List<Problem> problems) {
        String typed = field(row, costColumn);
        if (Tokens.isBlank(typed)) {
            return Optional.empty();
        }
        return AnnualCosts.read(typed, row.isNumber(costColumn), () -> fieldLocation(at(), RecordField.ANNUAL_COST),
                problems);
    }

    /** Warns when the annual cost lies outside the amounts of a band answered (the cost band's). */
    private void costInBand(BigDecimal cost, RawRow row, List<Problem> problems) {
        for (int index : bandQuestions) {
            if (option[index] >= 0) {
                Question q = questions.get(index);
                Problem outside = AnnualCosts.outsideBand(cost, row.cell(costColumn), q.options().get(option[index]),
                        labels[index].orElseThrow(), () -> fieldLocation(at(), RecordField.ANNUAL_COST));
                if (outside != null) {
                    problems.add(outside);
                }
            }
        }
    }

    /**
     * Reads the answers of the row into {@code option} and {@code number}: the loop over every answer of every
     * row, in one method with what makes a problem in methods of their own, so that the compiler makes it one
     * piece of code without a call per answer.
     */
    private void answers(RawRow row, List<Problem> problems) {
        for (int index = 0; index < questionArray.length; index++) {
            number[index] = 0;
            int column = columnOf[index];
            if (column < 0) {
                option[index] = AnswerColumn.NOT_ANSWERED;
                continue;
            }
            String typed = row.cell(column);
            int id = row.id(column);
            Applicability applies = applicability(index);
            if (id == CellCache.NONE && Tokens.isBlank(typed)) {
                option[index] = blank(index, column, applies, problems);
                continue;
            }
            if (retirable[index]) {
                retired.add(rowsParsed - 1, index, typed);
            }
            if (applies == Applicability.NO) {
                option[index] = notApplicableAnswered(index, column, typed, problems);
                continue;
            }
            option[index] = choice[index] ? choice(index, typed, id, column, problems) : wholeNumber(index, typed, column, problems);
        }
    }

    /** The code of a blank answer to question {@code index}, warning when the question applies. */
    private int blank(int index, int column, Applicability applies, List<Problem> problems) {
        if (applies == Applicability.NO) {
            return AnswerColumn.NOT_APPLICABLE;
        }
        if (applies == Applicability.YES) {
            // the commonest problem by far: one prototype per question, at row 0, stands for the row's
            problems.add(missingAnswer(index, column));
        }
        return AnswerColumn.NOT_ANSWERED;
    }

    /** The code of an answer to question {@code index}, which does not apply: a warning. */
    private int notApplicableAnswered(int index, int column, String typed, List<Problem> problems) {
        Question q = questionArray[index];
        String value = typed.strip();
        problems.add(Rule.NOT_APPLICABLE_ANSWERED.problem(where(at(), column), label(q), value, value, conditionText(q)));
        return AnswerColumn.NOT_APPLICABLE;
    }

    /** The option position of a typed answer to choice question {@code index}, or not answered (an error). */
    private int choice(int index, String typed, int id, int column, List<Problem> problems) {
        Question q = questionArray[index];
        int position = match(index, q, typed, id);
        if (position <= READ_AS) {
            position = READ_AS - position;
            noteReadAs(index, q, position, typed, column, problems);
        }
        if (position == UNKNOWN) {
            rejectAnswer(q, typed, column, problems);
            return AnswerColumn.NOT_ANSWERED;
        }
        return position;
    }

    /**
     * {@link AnswerColumn#NUMBER} with the number in {@code number}, for a typed answer to whole-number question
     * {@code index}; not answered (an error) when it is no whole number in the question's range.
     */
    private int wholeNumber(int index, String typed, int column, List<Problem> problems) {
        Question q = questionArray[index];
        long value = Values.wholeNumberOf(typed);
        if (value == Values.NOT_A_NUMBER) {
            String shown = typed.strip();
            problems.add(Rule.NOT_A_WHOLE_NUMBER.problem(where(at(), column), label(q), shown, shown));
            return AnswerColumn.NOT_ANSWERED;
        }
        int v = (int) value;
        if (v < q.min() || v > q.max()) {
            problems.add(Rule.OUT_OF_RANGE.problem(where(at(), column), label(q), typed.strip(), v, q.min(), q.max()));
            return AnswerColumn.NOT_ANSWERED;
        }
        number[index] = v;
        return AnswerColumn.NUMBER;
    }

    /** The not-answered warning of question {@code index} at row 0, which {@link ParsedRows} places at the row. */
    private Problem missingAnswer(int index, int column) {
        Problem p = missing[index];
        if (p == null) {
            p = missing[index] = new Problem(Rule.MISSING_ANSWER, Rule.MISSING_ANSWER.severity(), where(file.atRow(0), column),
                    labels[index], Optional.empty(), Rule.MISSING_ANSWER.message());
        }
        return p;
    }

    /**
     * The position of the option a typed answer means, {@code READ_AS - position} when it means
     * it only without its unit, or {@link #UNKNOWN}. Typed answers repeat: the answer of a cell with an
     * id ({@link CellCache}) is remembered by its id, of a cell without by its text in a small table.
     */
    private int match(int index, Question q, String typed, int id) {
        if (id == CellCache.NONE) {
            return match(index, q, typed);
        }
        int[] byId = matchedById[index];
        if (id >= byId.length) {
            int old = byId.length;
            byId = matchedById[index] = java.util.Arrays.copyOf(byId, Math.max(2 * old, id + 1));
            java.util.Arrays.fill(byId, old, byId.length, NOT_MATCHED);
        }
        int position = byId[id];
        if (position == NOT_MATCHED) {
            position = byId[id] = match(index, q, typed);
        }
        return position;
    }

    /** {@link #match(int, Question, String, int)} by the text. */
    private int match(int index, Question q, String typed) {
        int h = typed.hashCode();
        int home = (h ^ h >>> 7) & (MATCH_SLOTS - 1);
        String[] texts = matchedText[index];
        // a few slots from the text's own: two answers of one question sharing a slot ("Faldende" and
        // "Stigende" do) would otherwise push each other out, and an answer be matched against the sheet anew
        // wherever the other one came last (89,000 of the 1,000,000 rows of the benchmark file)
        int slot = home;
        for (int probe = 0; probe < MATCH_PROBES; probe++) {
            int at = (home + probe) & (MATCH_SLOTS - 1);
            String seen = texts[at];
            if (seen == null) {
                slot = at;
                break;
            }
            if (seen == typed || typed.equals(seen)) {
                return matchedOption[index][at];
            }
        }
        int position = sheet.match(q, typed).map(o -> q.options().indexOf(o)).orElse(UNKNOWN);
        if (position == UNKNOWN) {
            List<AnswerOption> loose = sheet.looseMatches(q, typed);
            if (loose.size() == 1) {
                position = READ_AS - q.options().indexOf(loose.getFirst());
            }
        }
        texts[slot] = typed;
        matchedOption[index][slot] = position;
        return position;
    }

    /** Notes, the first time in the column, that an answer without its unit was read as option {@code position}. */
    private void noteReadAs(int index, Question q, int position, String typed, int column, List<Problem> problems) {
        if (!readAsNoted[index]) {
            readAsNoted[index] = true;
            String value = typed.strip();
            problems.add(Rule.ANSWER_READ_AS.problem(where(at(), column), label(q), value, value,
                    q.options().get(position).label()));
        }
    }

    /** The error of an answer that is no option: ambiguous without its unit (naming the candidates), or unknown. */
    private void rejectAnswer(Question q, String typed, int column, List<Problem> problems) {
        List<AnswerOption> candidates = sheet.looseMatches(q, typed);
        String value = typed.strip();
        if (candidates.size() > 1) {
            problems.add(Rule.AMBIGUOUS_ANSWER.problem(where(at(), column), label(q), value, value,
                    Suggestions.labels(candidates)));
        } else {
            problems.add(Rule.UNKNOWN_ANSWER.problem(where(at(), column), label(q), value, value,
                    new Text(q.optionList(Language.DA), q.optionList(Language.EN))));
        }
    }

    /** The row being parsed, as a location (made only when a problem needs it). */
    private Location at() {
        if (currentAt == null) {
            currentAt = file.atRow(currentRow);
        }
        return currentAt;
    }

    @SuppressWarnings("unchecked")
    private static Optional<String>[] newOptionals(int n) {
        return (Optional<String>[]) new Optional<?>[n];
    }

    private Location where(Location at, int column) {
        if (column >= columnNames.length) {
            columnNames = java.util.Arrays.copyOf(columnNames, column + 1);
        }
        if (columnNames[column] == null) {
            columnNames[column] = Optional.of(reader.columnName(column));
        }
        return new Location(at.file(), at.sheet(), at.row(), columnNames[column]);
    }

    private enum Applicability { YES, NO, UNKNOWN }

    /** Whether question {@code index} applies, judged by the answer already read to the question it depends on. */
    private Applicability applicability(int index) {
        int parent = parentOf[index];
        if (parent == LATER) {
            return Applicability.UNKNOWN;
        }
        if (parent < 0) {
            return Applicability.YES;
        }
        int answer = option[parent];
        if (answer >= 0) {
            return holdsFor[index][answer] ? Applicability.YES : Applicability.NO;
        }
        return answer == AnswerColumn.NOT_APPLICABLE ? Applicability.NO : Applicability.UNKNOWN;
    }

    private Text conditionText(Question q) {
        Condition c = q.condition().orElseThrow();
        Question parent = sheet.require(c.questionKey());
        List<String> da = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String code : c.answers()) {
            parent.option(code).ifPresent(o -> {
                da.add(o.label().da());
                en.add(o.label().en());
            });
        }
        return new Text(label(parent) + " = " + String.join(" eller ", da), label(parent) + " = " + String.join(" or ", en));
    }

    private static String field(RawRow row, int column) {
        return column < 0 ? "" : row.cell(column);
    }

    private Location fieldLocation(Location at, String key) {
        OptionalInt column = layout.field(key);
        return column.isEmpty() ? at : at.atColumn(reader.columnName(column.getAsInt()));
    }

    static String label(Question q) {
        return "q" + q.number() + " " + q.key();
    }
}
