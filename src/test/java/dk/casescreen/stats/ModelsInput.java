package dk.casescreen.stats;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.reference.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes src/test/resources/r-reference/models.input.csv, the data src/test/R/models.R fits: the
 * built-in synthetic reference cases (answer codes; "dont_know" kept, blank for not answered and not
 * applicable) and three generated data sets with numeric columns: {@code small} (n = 30),
 * {@code large} (n = 5000) and {@code sparse} (a 0/1 column with three cases and a top outcome category
 * with two). Numbers have three decimals, so that Java and R read the same doubles. Run {@link #main}
 * after changing it, then scripts/r-reference; {@code ModelsInputTest} checks the committed file is current.
 */
final class ModelsInput {

    static final Path FILE = Path.of("src/test/resources/r-reference/models.input.csv");
    static final List<String> ANSWERS = List.of("conviction", "cost_band", "provider_type", "target_group",
            "behaviour_decisive", "use_of_force", "gender", "age", "places_in_offer", "supplementary_tariff");
    static final List<String> NUMBERS = List.of("y_bin", "y_ord", "x1", "x2", "x3", "x4");

    private ModelsInput() {
    }

    /** Writes the file. */
    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, text(), StandardCharsets.UTF_8);
    }

    /** The file's content. */
    static String text() {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add("dataset");
        header.addAll(NUMBERS);
        header.addAll(ANSWERS);
        out.append(String.join(",", header)).append('\n');
        for (CaseRecord r : ReferenceData.builtIn().cases().records()) {
            List<String> row = new ArrayList<>(List.of("reference", "", "", "", "", "", ""));
            for (String key : ANSWERS) {
                row.add(switch (r.answer(key)) {
                    case Answer.Choice(String code) -> code;
                    case Answer.WholeNumber(int v) -> Integer.toString(v);
                    default -> "";
                });
            }
            out.append(String.join(",", row)).append('\n');
        }
        numeric(out, "small", small());
        numeric(out, "large", large());
        numeric(out, "sparse", sparse());
        return out.toString();
    }

    /** The rows of one generated data set, by column name (y_bin, y_ord, x1..x4; absent columns are NaN). */
    static Map<String, double[]> dataset(String name) {
        return switch (name) {
            case "small" -> small();
            case "large" -> large();
            case "sparse" -> sparse();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static void numeric(StringBuilder out, String name, Map<String, double[]> columns) {
        int n = columns.get("y_bin").length;
        for (int i = 0; i < n; i++) {
            List<String> row = new ArrayList<>(List.of(name));
            for (String c : NUMBERS) {
                double[] v = columns.get(c);
                row.add(v == null ? "" : format(v[i]));
            }
            ANSWERS.forEach(a -> row.add(""));
            out.append(String.join(",", row)).append('\n');
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    /** n = 30: a numeric and a 0/1 column; binary outcome and three ordered categories. */
    private static Map<String, double[]> small() {
        SplittableRandom rng = new SplittableRandom(30);
        int n = 30;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = round(normal(rng));
            x2[i] = rng.nextDouble() < 0.5 ? 1 : 0;
        }
        double[][] x = {x1, x2};
        return columns(rng, x, new double[] {0.8, -0.7}, -0.2, new double[] {-0.5, 0.7});
    }

    /** n = 5000: two numeric and two 0/1 columns; binary outcome and five ordered categories. */
    private static Map<String, double[]> large() {
        SplittableRandom rng = new SplittableRandom(5000);
        int n = 5000;
        double[][] x = new double[4][n];
        for (int i = 0; i < n; i++) {
            x[0][i] = round(normal(rng));
            x[1][i] = round(40 + 12 * normal(rng));
            x[2][i] = rng.nextDouble() < 0.3 ? 1 : 0;
            x[3][i] = rng.nextDouble() < 0.1 ? 1 : 0;
        }
        return columns(rng, x, new double[] {0.5, -0.02, 0.7, -0.4}, 0.3, new double[] {-1.5, -0.3, 0.6, 2.0});
    }

    /**
     * n = 200: a numeric column and a 0/1 column with only three cases (outcomes 1, 0, 1), and four
     * ordered categories of which the top one has two cases.
     */
    private static Map<String, double[]> sparse() {
        SplittableRandom rng = new SplittableRandom(200);
        int n = 200;
        double[][] x = new double[2][n];
        for (int i = 0; i < n; i++) {
            x[0][i] = round(normal(rng));
            x[1][i] = i < 3 ? 1 : 0;
        }
        Map<String, double[]> columns = columns(rng, x, new double[] {0.6, 1.0}, -0.5, new double[] {-0.8, 0.9});
        double[] yBin = columns.get("y_bin");
        yBin[0] = 1;
        yBin[1] = 0;
        yBin[2] = 1;
        double[] yOrd = columns.get("y_ord");
        double[] x1 = x[0];
        int first = -1;
        int second = -1;
        for (int i = 3; i < n; i++) {
            if (first < 0 || x1[i] > x1[first]) {
                second = first;
                first = i;
            } else if (second < 0 || x1[i] > x1[second]) {
                second = i;
            }
        }
        yOrd[first] = 3;
        yOrd[second] = 3;
        return columns;
    }

    private static Map<String, double[]> columns(SplittableRandom rng, double[][] x, double[] beta, double intercept,
                                                 double[] thresholds) {
        int n = x[0].length;
        double[] yBin = new double[n];
        double[] yOrd = new double[n];
        for (int i = 0; i < n; i++) {
            double eta = 0;
            for (int j = 0; j < beta.length; j++) {
                eta += beta[j] * x[j][i];
            }
            yBin[i] = rng.nextDouble() < 1 / (1 + StrictMath.exp(-(intercept + eta))) ? 1 : 0;
            double u = rng.nextDouble();
            double latent = eta + StrictMath.log(u / (1 - u));
            int k = 0;
            while (k < thresholds.length && latent > thresholds[k]) {
                k++;
            }
            yOrd[i] = k;
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("y_bin", yBin);
        columns.put("y_ord", yOrd);
        for (int j = 0; j < x.length; j++) {
            columns.put("x" + (j + 1), x[j]);
        }
        return columns;
    }

    private static double normal(SplittableRandom rng) {
        return StrictMath.sqrt(-2 * StrictMath.log(1 - rng.nextDouble())) * StrictMath.cos(2 * Math.PI * rng.nextDouble());
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", v));
    }
}
