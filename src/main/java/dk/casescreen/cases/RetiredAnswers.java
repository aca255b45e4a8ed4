package dk.casescreen.cases;

import java.util.Arrays;

/**
 * The filled-in answers of one file to questions that some sheet version retires, kept compactly
 * until the load knows which version the table is read with: then each becomes a
 * {@link Rule#RETIRED_ANSWER} warning located to its cell, or nothing.
 */
final class RetiredAnswers {

    private int size;
    private int[] rowIndex = new int[16];
    private int[] question = new int[16];
    private String[] value = new String[16];

    /**
     * Adds the answer {@code typed} to the question at {@code questionIndex} in the sheet, in the file's data row
     * {@code index} ({@link ParsedRows}, which knows the row's number). Twelve bytes an answer: a million-case file
     * answers the two retirable questions in most rows.
     */
    void add(int index, int questionIndex, String typed) {
        if (size == rowIndex.length) {
            rowIndex = Arrays.copyOf(rowIndex, size * 2);
            question = Arrays.copyOf(question, size * 2);
            value = Arrays.copyOf(value, size * 2);
        }
        rowIndex[size] = index;
        question[size] = questionIndex;
        value[size] = typed;
        size++;
    }

    int size() {
        return size;
    }

    /** The index among the file's data rows ({@link ParsedRows}) of answer {@code i}. */
    int rowIndex(int i) {
        return rowIndex[i];
    }

    /** The position in the sheet of the question of answer {@code i}. */
    int question(int i) {
        return question[i];
    }

    /** Answer {@code i} as typed, stripped. */
    String value(int i) {
        return value[i].strip();
    }
}
