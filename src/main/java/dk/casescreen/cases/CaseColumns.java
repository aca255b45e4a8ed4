package dk.casescreen.cases;

import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Case records stored by column: the record fields as arrays, the answers as one
 * {@link AnswerColumn} per question, the source as a file (and worksheet) index and a row; the
 * case numbers packed into bytes ({@link PackedTexts}), the costs as unscaled longs
 * ({@link PackedAmounts}). A million cases take under a hundred megabytes here, where records with
 * a map of answer objects each took well over a gigabyte.
 */
final class CaseColumns {

    private static final int NO_DATE = RoundIndex.NO_DATE;

    final ScreeningSheet sheet;
    final int size;
    private final String[] municipality;
    private final PackedTexts caseNumber;
    private final int[] date;
    private final PackedAmounts cost;
    private final String[] remark;
    private final Location[] files;
    private final int[] file;
    private final RowNumbers row;
    private final Map<String, AnswerColumn> answers;

    private CaseColumns(ScreeningSheet sheet, int size, String[] municipality, PackedTexts caseNumber, int[] date,
                        PackedAmounts cost, String[] remark, Location[] files, int[] file, RowNumbers row,
                        Map<String, AnswerColumn> answers) {
        this.sheet = sheet;
        this.size = size;
        this.municipality = municipality;
        this.caseNumber = caseNumber;
        this.date = date;
        this.cost = cost;
        this.remark = remark;
        this.files = files;
        this.file = file;
        this.row = row;
        this.answers = answers;
    }

    /** The columns of the given records. */
    static CaseColumns of(ScreeningSheet sheet, List<CaseRecord> records) {
        Builder b = new Builder(sheet, records.size());
        for (CaseRecord r : records) {
            b.add(r);
        }
        return b.build();
    }

    String municipality(int i) {
        return municipality[i];
    }

    String caseNumber(int i) {
        return caseNumber.get(i);
    }

    Optional<LocalDate> date(int i) {
        return date[i] == NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(date[i]));
    }

    /** The screening date of record {@code i} as an epoch day, or {@link RoundIndex#NO_DATE}. */
    int epochDay(int i) {
        return date[i];
    }

    /** The index of the file (and worksheet) record {@code i} was read from, among this table's files. */
    int fileIndex(int i) {
        return file[i];
    }

    Optional<BigDecimal> cost(int i) {
        return cost.get(i);
    }

    Optional<String> remark(int i) {
        return Optional.ofNullable(remark[i]);
    }

    /** Where record {@code i} was read: file, worksheet and row. */
    Location source(int i) {
        return files[file[i]].atRow(row.get(i));
    }

    AnswerColumn answers(String key) {
        AnswerColumn column = answers.get(key);
        if (column == null) {
            throw new IllegalArgumentException("The sheet " + sheet.id() + " " + sheet.version() + " has no question '" + key + "'");
        }
        return column;
    }

    /** Record {@code i} as an object (made anew on every call). */
    CaseRecord record(int i) {
        Map<String, Answer> map = new HashMap<>();
        answers.forEach((key, column) -> map.put(key, column.answer(i)));
        return new CaseRecord(municipality[i], caseNumber.get(i), date(i), cost(i), remark(i), map, source(i));
    }

    /**
     * The same columns read against another version of the sheet, which must have the same questions
     * with the same answers (as the built-in 1.0.0 and 2.0.0 do).
     */
    CaseColumns withSheet(ScreeningSheet other) {
        if (other == sheet) {
            return this;
        }
        Map<String, AnswerColumn> a = new LinkedHashMap<>();
        answers.forEach((key, column) -> a.put(key, column.withQuestion(other.require(key))));
        if (other.questions().size() != answers.size()) {
            throw new IllegalArgumentException("The sheet " + other.version() + " has other questions than " + sheet.version());
        }
        return new CaseColumns(other, size, municipality, caseNumber, date, cost, remark, files, file, row, a);
    }

    /** The given records, in the given order. */
    CaseColumns select(int[] rows) {
        int n = rows.length;
        String[] m = new String[n];
        int[] d = new int[n];
        String[] r = new String[n];
        int[] f = new int[n];
        for (int i = 0; i < n; i++) {
            int j = rows[i];
            m[i] = municipality[j];
            d[i] = date[j];
            r[i] = remark[j];
            f[i] = file[j];
        }
        Map<String, AnswerColumn> a = new LinkedHashMap<>();
        answers.forEach((key, column) -> a.put(key, column.select(rows)));
        return new CaseColumns(sheet, n, m, caseNumber.select(rows), d, cost.select(rows), r, files, f, row.select(rows), a);
    }

    /** Collects records field by field. */
    static final class Builder {
        private final ScreeningSheet sheet;
        private final List<Question> questions;
        private final AnswerColumn.Builder[] answers;
        private final List<Location> files = new ArrayList<>();
        private final Map<Location, Integer> fileIndex = new HashMap<>();
        private String[] municipality;
        private final PackedTexts caseNumber;
        private int[] date;
        private final PackedAmounts cost;
        private String[] remark;
        private int[] file;
        private final RowNumbers row;
        private int size;
        private Location lastSource;
        private int lastIndex;

        Builder(ScreeningSheet sheet, int capacity) {
            this.sheet = sheet;
            this.questions = sheet.questions();
            int c = Math.max(capacity, 16);
            municipality = new String[c];
            caseNumber = new PackedTexts(c);
            date = new int[c];
            cost = new PackedAmounts(c);
            remark = new String[c];
            file = new int[c];
            row = new RowNumbers(c);
            answers = new AnswerColumn.Builder[questions.size()];
            for (int q = 0; q < answers.length; q++) {
                answers[q] = new AnswerColumn.Builder(questions.get(q), c);
            }
        }

        int size() {
            return size;
        }

        String municipality(int i) {
            return municipality[i];
        }

        String caseNumber(int i) {
            return caseNumber.get(i);
        }

        /** The {@link String#hashCode()} of record {@code i}'s case number, without making the text. */
        int caseNumberHash(int i) {
            return caseNumber.hash(i);
        }

        /** Whether records {@code i} and {@code j} have the same case number. */
        boolean sameCaseNumber(int i, int j) {
            return caseNumber.same(i, j);
        }

        /** The screening date of record {@code i} as an epoch day, or {@link RoundIndex#NO_DATE}. */
        int epochDay(int i) {
            return date[i];
        }

        /** The index of the file (and worksheet) record {@code i} was read from. */
        int fileIndex(int i) {
            return file[i];
        }

        /** Where record {@code i} was read. */
        Location source(int i) {
            return files.get(file[i]).atRow(row.get(i));
        }

        /** The answer builder of the question at {@code index} in sheet order. */
        AnswerColumn.Builder answers(int index) {
            return answers[index];
        }

        /**
         * Starts a record with its fields; the caller then adds one answer to each of
         * {@link #answers(int)}.
         */
        void start(String municipalityCode, String number, LocalDate screeningDate, BigDecimal annualCost,
                   String remarkText, Location source, long sourceRow) {
            if (size == municipality.length) {
                int c = size * 2;
                municipality = Arrays.copyOf(municipality, c);
                date = Arrays.copyOf(date, c);
                remark = Arrays.copyOf(remark, c);
                file = Arrays.copyOf(file, c);
            }
            municipality[size] = municipalityCode;
            caseNumber.add(number);
            date[size] = screeningDate == null ? NO_DATE : (int) screeningDate.toEpochDay();
            cost.add(annualCost);
            remark[size] = remarkText;
            if (source != lastSource && (lastSource == null || !lastSource.file().equals(source.file()) || !lastSource.sheet().equals(source.sheet()))) {
                Location base = new Location(source.file(), source.sheet(), 0, Optional.empty());
                Integer index = fileIndex.get(base);
                if (index == null) {
                    index = files.size();
                    files.add(base);
                    fileIndex.put(base, index);
                }
                lastIndex = index;
                lastSource = source;
            }
            file[size] = lastIndex;
            row.add(sourceRow);
            size++;
        }

        void add(CaseRecord r) {
            start(r.municipalityCode(), r.caseNumber(), r.screeningDate().orElse(null), r.annualCost().orElse(null),
                    r.remark().orElse(null), r.source(), r.source().row());
            for (int q = 0; q < answers.length; q++) {
                answers[q].add(r.answer(questions.get(q).key()));
            }
        }

        CaseColumns build() {
            Map<String, AnswerColumn> a = new LinkedHashMap<>();
            for (int q = 0; q < answers.length; q++) {
                a.put(questions.get(q).key(), answers[q].build());
            }
            return new CaseColumns(sheet, size, Arrays.copyOf(municipality, size), caseNumber.trimmed(),
                    Arrays.copyOf(date, size), cost.trimmed(), Arrays.copyOf(remark, size),
                    files.toArray(Location[]::new), Arrays.copyOf(file, size), row.trimmed(), a);
        }
    }
}
