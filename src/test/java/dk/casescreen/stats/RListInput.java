package dk.casescreen.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs an R script read: {@code src/test/resources/r-reference/<name>.input.csv} with the columns
 * {@code case,quantity,value}, where a value is one option or a space-separated list of numbers.
 */
final class RListInput {

    static final Path FOLDER = Path.of("src/test/resources/r-reference");

    private final String name;
    private final Map<String, Map<String, String>> values;

    private RListInput(String name, Map<String, Map<String, String>> values) {
        this.name = name;
        this.values = values;
    }

    /** Reads {@code <name>.input.csv}. */
    static RListInput load(String name) {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(FOLDER.resolve(name + ".input.csv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(",", 3);
                values.computeIfAbsent(parts[0], k -> new LinkedHashMap<>()).put(parts[1], parts[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RListInput(name, values);
    }

    /** The case names starting with the prefix, in file order. */
    List<String> cases(String prefix) {
        List<String> cases = new ArrayList<>();
        for (String c : values.keySet()) {
            if (c.startsWith(prefix)) {
                cases.add(c);
            }
        }
        return cases;
    }

    /** The quantities of a case, in file order. */
    List<String> quantities(String caseName) {
        return List.copyOf(values.get(caseName).keySet());
    }

    /** A value as text. */
    String text(String caseName, String quantity) {
        String v = values.getOrDefault(caseName, Map.of()).get(quantity);
        if (v == null) {
            throw new IllegalArgumentException(name + ".input.csv has no " + caseName + "/" + quantity);
        }
        return v;
    }

    /** A list of numbers ("NA" is NaN). */
    double[] numbers(String caseName, String quantity) {
        String[] parts = text(caseName, quantity).split(" ");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = parts[i].equals("NA") ? Double.NaN : Double.parseDouble(parts[i]);
        }
        return v;
    }
}
