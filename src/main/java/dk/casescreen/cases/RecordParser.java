package dk.casescreen.cases;

import dk.casescreen.Language;
import dk.casescreen.Text;
import dk.casescreen.reference.Municipalities;
import dk.casescreen.reference.Municipality;
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

    private final ScreeningSheet sheet;
    private final Municipalities municipalities;
    private final ColumnLayout layout;
    private final RowReader reader;

    RecordParser(ScreeningSheet sheet, Municipalities municipalities, ColumnLayout layout, RowReader reader) {
        this.sheet = sheet;
        this.municipalities = municipalities;
        this.layout = layout;
        this.reader = reader;
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

    ParsedRow parse(RawRow row) {
        Location at = reader.location().atRow(row.number());
        List<Problem> problems = new ArrayList<>();
        for (int c = row.formulas().nextSetBit(0); c >= 0; c = row.formulas().nextSetBit(c + 1)) {
            problems.add(Rule.FORMULA.problem(at.atColumn(reader.columnName(c)), null, null));
        }
        Optional<Municipality> municipality = municipality(row, at, problems);
        String caseNumber = field(row, RecordField.CASE_NUMBER).strip();
        if (caseNumber.isEmpty()) {
            problems.add(Rule.MISSING_CASE_NUMBER.problem(fieldLocation(at, RecordField.CASE_NUMBER), null, null));
        }
        Optional<LocalDate> date = date(row, at, problems);
        Optional<BigDecimal> cost = cost(row, at, problems);
        String remarkText = field(row, RecordField.REMARK).strip();
        Map<String, Answer> answers = new HashMap<>();
        for (Question q : sheet.questions()) {
            answers.put(q.key(), answer(q, row, at, answers, problems));
        }
        CaseRecord record = municipality.isEmpty() || caseNumber.isEmpty() ? null
                : new CaseRecord(municipality.get().code(), caseNumber, date, cost,
                        remarkText.isEmpty() ? Optional.empty() : Optional.of(remarkText), answers, at);
        return new ParsedRow(at, fieldLocation(at, RecordField.CASE_NUMBER), record, problems);
    }

    private Optional<Municipality> municipality(RawRow row, Location at, List<Problem> problems) {
        String typed = field(row, RecordField.MUNICIPALITY);
        Location where = fieldLocation(at, RecordField.MUNICIPALITY);
        if (Tokens.isBlank(typed)) {
            problems.add(Rule.MISSING_MUNICIPALITY.problem(where, null, null));
            return Optional.empty();
        }
        Optional<Municipality> found = municipalities.find(typed);
        if (found.isEmpty()) {
            problems.add(Rule.UNKNOWN_MUNICIPALITY.problem(where, null, typed.strip(), typed.strip()));
        }
        return found;
    }

    private Optional<LocalDate> date(RawRow row, Location at, List<Problem> problems) {
        String typed = field(row, RecordField.SCREENING_DATE);
        Location where = fieldLocation(at, RecordField.SCREENING_DATE);
        if (Tokens.isBlank(typed)) {
            problems.add(Rule.MISSING_DATE.problem(where, null, null));
            return Optional.empty();
        }
        Optional<LocalDate> date = Values.date(typed);
        if (date.isEmpty()) {
            problems.add(Rule.INVALID_DATE.problem(where, null, typed.strip(), typed.strip()));
        }
        return date;
    }

    private Optional<BigDecimal> cost(RawRow row, Location at, List<Problem> problems) {
        String typed = field(row, RecordField.ANNUAL_COST);
        if (Tokens.isBlank(typed)) {
            return Optional.empty();
        }
        OptionalInt column = layout.field(RecordField.ANNUAL_COST);
        Optional<BigDecimal> amount = Values.amount(typed, column.isPresent() && row.isNumber(column.getAsInt()));
        if (amount.isEmpty()) {
            problems.add(Rule.INVALID_COST.problem(fieldLocation(at, RecordField.ANNUAL_COST), null, typed.strip(),
                    typed.strip()));
        }
        return amount;
    }

    private Answer answer(Question q, RawRow row, Location at, Map<String, Answer> earlier, List<Problem> problems) {
        OptionalInt column = layout.question(q);
        if (column.isEmpty()) {
            return Answer.NOT_ANSWERED;
        }
        Location where = at.atColumn(reader.columnName(column.getAsInt()));
        String typed = row.cell(column.getAsInt());
        Applicability applies = applicability(q, earlier);
        if (Tokens.isBlank(typed)) {
            if (applies == Applicability.NO) {
                return Answer.NOT_APPLICABLE;
            }
            if (applies == Applicability.YES) {
                problems.add(Rule.MISSING_ANSWER.problem(where, label(q), null));
            }
            return Answer.NOT_ANSWERED;
        }
        String value = typed.strip();
        if (applies == Applicability.NO) {
            problems.add(Rule.NOT_APPLICABLE_ANSWERED.problem(where, label(q), value, value, conditionText(q)));
            return Answer.NOT_APPLICABLE;
        }
        if (q.type().isChoice()) {
            Optional<AnswerOption> option = sheet.match(q, typed);
            if (option.isEmpty()) {
                problems.add(Rule.UNKNOWN_ANSWER.problem(where, label(q), value, value,
                        new Text(q.optionList(Language.DA), q.optionList(Language.EN))));
                return Answer.NOT_ANSWERED;
            }
            return new Answer.Choice(option.get().code());
        }
        Optional<Integer> number = Values.wholeNumber(typed);
        if (number.isEmpty()) {
            problems.add(Rule.NOT_A_WHOLE_NUMBER.problem(where, label(q), value, value));
            return Answer.NOT_ANSWERED;
        }
        if (number.get() < q.min() || number.get() > q.max()) {
            problems.add(Rule.OUT_OF_RANGE.problem(where, label(q), value, number.get(), q.min(), q.max()));
            return Answer.NOT_ANSWERED;
        }
        return new Answer.WholeNumber(number.get());
    }

    private enum Applicability { YES, NO, UNKNOWN }

    private Applicability applicability(Question q, Map<String, Answer> earlier) {
        if (q.condition().isEmpty()) {
            return Applicability.YES;
        }
        Condition c = q.condition().get();
        Answer parent = earlier.getOrDefault(c.questionKey(), Answer.NOT_ANSWERED);
        if (parent instanceof Answer.Choice(String code)) {
            return c.holdsFor(code) ? Applicability.YES : Applicability.NO;
        }
        return parent instanceof Answer.NotApplicable ? Applicability.NO : Applicability.UNKNOWN;
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

    private String field(RawRow row, String key) {
        OptionalInt column = layout.field(key);
        return column.isEmpty() ? "" : row.cell(column.getAsInt());
    }

    private Location fieldLocation(Location at, String key) {
        OptionalInt column = layout.field(key);
        return column.isEmpty() ? at : at.atColumn(reader.columnName(column.getAsInt()));
    }

    static String label(Question q) {
        return "q" + q.number() + " " + q.key();
    }
}
