package dk.casescreen.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of src/test/R/categorical.R (src/test/resources/r-reference/categorical.input.csv):
 * tables with their counts row by row, optional trend scores and a confidence level, and binomial
 * counts "x n". The expected values are in categorical.csv ({@link #R}).
 */
final class CategoricalCases {

    /** The expected values written by src/test/R/categorical.R. */
    static final RReference R = RReference.load("categorical");

    /** One input line. */
    record Case(String name, String kind, int rows, int columns, long[] counts, double[] scores, double level) {

        ContingencyTable table() {
            long[][] t = new long[rows][columns];
            for (int i = 0; i < rows; i++) {
                t[i] = Arrays.copyOfRange(counts, i * columns, (i + 1) * columns);
            }
            return ContingencyTable.of(t);
        }

        boolean isTable() {
            return kind.equals("table");
        }

        boolean is2x2() {
            return isTable() && rows == 2 && columns == 2;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Map<String, Case> CASES = read();

    private CategoricalCases() {
    }

    private static Map<String, Case> read() {
        Map<String, Case> cases = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/r-reference/categorical.input.csv"),
                    StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                boolean table = f[1].equals("table");
                cases.put(f[0], new Case(f[0], f[1], table ? Integer.parseInt(f[2]) : 0,
                        table ? Integer.parseInt(f[3]) : 0, Arrays.stream(f[4].trim().split(" +")).mapToLong(Long::parseLong).toArray(),
                        f[5].isBlank() ? null : Arrays.stream(f[5].trim().split(" +")).mapToDouble(Double::parseDouble).toArray(),
                        f[6].isBlank() ? 0.95 : Double.parseDouble(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    static Case get(String name) {
        Case c = CASES.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no case " + name + " in categorical.input.csv");
        }
        return c;
    }

    static List<Case> tables() {
        return CASES.values().stream().filter(Case::isTable).toList();
    }

    static List<Case> twoByTwo() {
        return CASES.values().stream().filter(Case::is2x2).toList();
    }

    static List<Case> binomials() {
        return CASES.values().stream().filter(c -> !c.isTable()).toList();
    }

    static List<Case> withScores() {
        return CASES.values().stream().filter(c -> c.scores() != null).toList();
    }
}
