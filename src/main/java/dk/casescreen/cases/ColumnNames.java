package dk.casescreen.cases;

/** Converts between spreadsheet column letters (A, B, …, Z, AA, …) and 0-based indices. */
final class ColumnNames {

    private ColumnNames() {
    }

    /** The letters of the 0-based column {@code index}: 0 → A, 25 → Z, 26 → AA. */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.append((char) ('A' + (i - 1) % 26));
        }
        return s.reverse().toString();
    }

    /** The 0-based column of a cell reference such as {@code F12}, or -1 if it has no letters. */
    static int index(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i)) && i < 4) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : column - 1;
    }
}
