package dk.casescreen.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expected values computed by R: the CSV files in src/test/resources/r-reference, written by the
 * scripts in src/test/R (see src/test/R/README.md). Each file has the columns
 * {@code case,quantity,value}; values are written with 17 significant digits.
 */
public final class RReference {

    private static final Path FOLDER = Path.of("src/test/resources/r-reference");

    private final String name;
    private final Map<String, Map<String, String>> values;

    private RReference(String name, Map<String, Map<String, String>> values) {
        this.name = name;
        this.values = values;
    }

    /** Reads {@code <name>.csv}. */
    public static RReference load(String name) {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(FOLDER.resolve(name + ".csv"), StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.getFirst().equals("case,quantity,value")) {
                throw new IllegalStateException(name + ".csv must start with case,quantity,value");
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(",", 3);
                values.computeIfAbsent(unquote(parts[0]), k -> new LinkedHashMap<>()).put(unquote(parts[1]), unquote(parts[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RReference(name, values);
    }

    private static String unquote(String s) {
        return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** The case names, in file order. */
    public List<String> cases() {
        return List.copyOf(values.keySet());
    }

    /** A numeric value ("Inf", "-Inf" and "NaN"/"NA" are understood). */
    public double value(String caseName, String quantity) {
        String v = text(caseName, quantity);
        return switch (v) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NA", "NaN" -> Double.NaN;
            default -> Double.parseDouble(v);
        };
    }

    /** A value as text. */
    public String text(String caseName, String quantity) {
        Map<String, String> c = values.get(caseName);
        if (c == null || !c.containsKey(quantity)) {
            throw new IllegalArgumentException(name + ".csv has no " + caseName + "/" + quantity);
        }
        return c.get(quantity);
    }

    /** Whether the case has the quantity. */
    public boolean has(String caseName, String quantity) {
        return values.containsKey(caseName) && values.get(caseName).containsKey(quantity);
    }

    /** Asserts |actual - expected| <= tolerance * max(|expected|, tiny) (relative), with a message naming the value. */
    public void assertClose(String caseName, String quantity, double actual, double relativeTolerance) {
        double expected = value(caseName, quantity);
        if (Double.isNaN(expected) && Double.isNaN(actual) || expected == actual) {
            return;
        }
        double scale = Math.max(Math.abs(expected), Double.MIN_NORMAL);
        if (!(Math.abs(actual - expected) <= relativeTolerance * scale)) {
            throw new AssertionError(name + "/" + caseName + "/" + quantity + ": expected " + expected + " (R) but was "
                    + actual + " (relative error " + Math.abs(actual - expected) / scale + ")");
        }
    }
}
