package dk.casescreen.cases;

import dk.casescreen.sheet.AnswerType;
import dk.casescreen.sheet.Question;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The answers of every case to one question, stored compactly: one byte per case for a choice
 * question (the option's position in sheet order, or a negative code), one int per case for a
 * whole-number question. Immutable; obtained from {@link CaseTable#column(String)}.
 */
public final class AnswerColumn {

    /** {@link #option(int)} of a question that applied and was left blank. */
    public static final int NOT_ANSWERED = -1;
    /** {@link #option(int)} of a question that did not apply. */
    public static final int NOT_APPLICABLE = -2;
    /**
     * {@link #option(int)} of an answer that is none of the sheet's options: an unknown code or a
     * number given to a choice question (only in tables made from records, never from a load).
     */
    public static final int OTHER = -3;
    /** {@link #option(int)} of a whole-number answer; {@link #number(int)} gives the number. */
    public static final int NUMBER = -4;

    private static final int INT_NOT_ANSWERED = Integer.MIN_VALUE;
    private static final int INT_NOT_APPLICABLE = Integer.MIN_VALUE + 1;
    private static final int INT_OTHER = Integer.MIN_VALUE + 2;

    private final Question question;
    private final byte[] bytes;
    private final short[] shorts;
    private final int[] numbers;
    private final Map<Integer, Answer> others;

    private AnswerColumn(Question question, byte[] bytes, short[] shorts, int[] numbers, Map<Integer, Answer> others) {
        this.question = question;
        this.bytes = bytes;
        this.shorts = shorts;
        this.numbers = numbers;
        this.others = others;
    }

    /** The same answers, of the same question as another sheet version words it (the options must be the same). */
    AnswerColumn withQuestion(Question same) {
        if (!same.key().equals(question.key()) || !same.codes().equals(question.codes())) {
            throw new IllegalArgumentException("The question " + same.key() + " has other answers in this sheet version");
        }
        return new AnswerColumn(same, bytes, shorts, numbers, others);
    }

    /** The question. */
    public Question question() {
        return question;
    }

    /** The number of cases. */
    public int size() {
        return numbers != null ? numbers.length : bytes != null ? bytes.length : shorts.length;
    }

    /**
     * The answer of case {@code row}: the chosen option's position in sheet order (0 for the first),
     * or {@link #NOT_ANSWERED}, {@link #NOT_APPLICABLE}, {@link #OTHER} or {@link #NUMBER}.
     */
    public int option(int row) {
        if (numbers != null) {
            int v = numbers[row];
            return v == INT_NOT_ANSWERED ? NOT_ANSWERED : v == INT_NOT_APPLICABLE ? NOT_APPLICABLE
                    : v == INT_OTHER ? OTHER : NUMBER;
        }
        return bytes != null ? bytes[row] : shorts[row];
    }

    /** The whole number of case {@code row}; only where {@link #option(int)} is {@link #NUMBER}. */
    public int number(int row) {
        if (option(row) != NUMBER) {
            throw new IllegalStateException("case " + row + " has no whole-number answer to " + question.key());
        }
        return numbers[row];
    }

    /** The code of the option chosen in case {@code row} (as {@link CaseRecord#code(String)}), or null. */
    public String code(int row) {
        int option = option(row);
        if (option >= 0) {
            return question.options().get(option).code();
        }
        return option == OTHER && others.get(row) instanceof Answer.Choice(String code) ? code : null;
    }

    /** The answer of case {@code row} as a record holds it. */
    public Answer answer(int row) {
        int option = option(row);
        return switch (option) {
            case NOT_ANSWERED -> Answer.NOT_ANSWERED;
            case NOT_APPLICABLE -> Answer.NOT_APPLICABLE;
            case OTHER -> others.get(row);
            case NUMBER -> new Answer.WholeNumber(numbers[row]);
            default -> new Answer.Choice(question.options().get(option).code());
        };
    }

    /** The column of the given cases, in the given order. */
    AnswerColumn select(int[] rows) {
        Map<Integer, Answer> selected = new HashMap<>();
        if (!others.isEmpty()) {
            for (int i = 0; i < rows.length; i++) {
                Answer a = others.get(rows[i]);
                if (a != null) {
                    selected.put(i, a);
                }
            }
        }
        if (numbers != null) {
            int[] n = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                n[i] = numbers[rows[i]];
            }
            return new AnswerColumn(question, null, null, n, selected);
        }
        if (bytes != null) {
            byte[] b = new byte[rows.length];
            for (int i = 0; i < rows.length; i++) {
                b[i] = bytes[rows[i]];
            }
            return new AnswerColumn(question, b, null, null, selected);
        }
        short[] s = new short[rows.length];
        for (int i = 0; i < rows.length; i++) {
            s[i] = shorts[rows[i]];
        }
        return new AnswerColumn(question, null, s, null, selected);
    }

    /** Collects a column case by case. */
    static final class Builder {
        private final Question question;
        private final Map<String, Integer> positions = new HashMap<>();
        private byte[] bytes;
        private short[] shorts;
        private int[] numbers;
        private final Map<Integer, Answer> others = new HashMap<>();
        private int size;
        /** The length of whichever array holds the answers. */
        private int capacity;

        Builder(Question question, int capacity) {
            this.question = question;
            int c = Math.max(capacity, 16);
            this.capacity = c;
            if (question.type() == AnswerType.WHOLE_NUMBER) {
                numbers = new int[c];
            } else if (question.options().size() <= Byte.MAX_VALUE) {
                bytes = new byte[c];
            } else {
                shorts = new short[c];
            }
            for (int i = 0; i < question.options().size(); i++) {
                positions.put(question.options().get(i).code(), i);
            }
        }

        private void grow() {
            if (size == capacity) {
                int c = capacity * 2;
                if (numbers != null) {
                    numbers = Arrays.copyOf(numbers, c);
                } else if (bytes != null) {
                    bytes = Arrays.copyOf(bytes, c);
                } else {
                    shorts = Arrays.copyOf(shorts, c);
                }
                capacity = c;
            }
        }

        /**
         * Appends an answer already coded: for a choice question an option position or
         * {@link #NOT_ANSWERED} / {@link #NOT_APPLICABLE}; for a whole-number question those codes or,
         * with {@link #NUMBER}, the number {@code value}.
         */
        void add(int option, int value) {
            grow();
            if (numbers != null) {
                numbers[size++] = option == NUMBER ? value
                        : option == NOT_APPLICABLE ? INT_NOT_APPLICABLE : INT_NOT_ANSWERED;
            } else if (bytes != null) {
                bytes[size++] = (byte) option;
            } else {
                shorts[size++] = (short) option;
            }
        }

        /** Appends an answer as a record holds it. */
        void add(Answer answer) {
            switch (answer) {
                case Answer.NotAnswered ignored -> add(NOT_ANSWERED, 0);
                case Answer.NotApplicable ignored -> add(NOT_APPLICABLE, 0);
                case Answer.WholeNumber(int v) when numbers != null && v > INT_OTHER -> add(NUMBER, v);
                case Answer.Choice(String code) when numbers == null && positions.containsKey(code) ->
                        add(positions.get(code), 0);
                default -> {
                    grow();
                    others.put(size, answer);
                    if (numbers != null) {
                        numbers[size++] = INT_OTHER;
                    } else if (bytes != null) {
                        bytes[size++] = OTHER;
                    } else {
                        shorts[size++] = OTHER;
                    }
                }
            }
        }

        AnswerColumn build() {
            return new AnswerColumn(question, bytes == null ? null : Arrays.copyOf(bytes, size),
                    shorts == null ? null : Arrays.copyOf(shorts, size), numbers == null ? null : Arrays.copyOf(numbers, size),
                    Map.copyOf(others));
        }
    }
}
