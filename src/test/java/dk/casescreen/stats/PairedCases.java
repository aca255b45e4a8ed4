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
 * The inputs of src/test/R/paired.R (src/test/resources/r-reference/paired.input.csv, made by
 * src/test/R/inputs/paired-input.R): square tables ("t" cases: rows, counts row by row, level) and paired
 * samples ("w" cases: x and y, NA for missing). The expected values are in paired.csv ({@link #R}).
 */
final class PairedCases {

    /** The expected values written by src/test/R/paired.R. */
    static final RReference R = RReference.load("paired");

    /** A square table case. */
    record Table(String name, long[][] counts, double level) {
        @Override
        public String toString() {
            return name;
        }

        long[][] transposed() {
            int k = counts.length;
            long[][] t = new long[k][k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    t[j][i] = counts[i][j];
                }
            }
            return t;
        }
    }

    /** A paired-samples case. */
    record Pairs(String name, double[] x, double[] y) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Map<String, Map<String, String>> INPUT = read();

    private PairedCases() {
    }

    private static Map<String, Map<String, String>> read() {
        Map<String, Map<String, String>> input = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/r-reference/paired.input.csv"),
                    StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", 3);
                input.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return input;
    }

    static List<Table> tables() {
        return INPUT.keySet().stream().filter(c -> c.startsWith("t")).map(PairedCases::table).toList();
    }

    static List<Table> twoByTwo() {
        return tables().stream().filter(t -> t.counts().length == 2).toList();
    }

    static Table table(String name) {
        Map<String, String> c = INPUT.get(name);
        int k = Integer.parseInt(c.get("rows"));
        long[] counts = Arrays.stream(c.get("counts").split(" ")).mapToLong(Long::parseLong).toArray();
        long[][] t = new long[k][];
        for (int i = 0; i < k; i++) {
            t[i] = Arrays.copyOfRange(counts, i * k, (i + 1) * k);
        }
        return new Table(name, t, Double.parseDouble(c.get("level")));
    }

    static List<Pairs> pairs() {
        return INPUT.keySet().stream().filter(c -> c.startsWith("w")).map(PairedCases::pairs).toList();
    }

    static Pairs pairs(String name) {
        Map<String, String> c = INPUT.get(name);
        return new Pairs(name, numbers(c.get("x")), numbers(c.get("y")));
    }

    private static double[] numbers(String text) {
        return Arrays.stream(text.split(" ")).mapToDouble(v -> v.equals("NA") ? Double.NaN : Double.parseDouble(v))
                .toArray();
    }
}
