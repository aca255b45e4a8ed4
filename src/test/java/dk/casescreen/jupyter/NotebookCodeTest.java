package dk.casescreen.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notebooks' code reads as what it does: options start from {@code defaults(...)} and change with
 * {@code with…} methods, never a positional constructor of an options record, and no constructor takes
 * five arguments or more (nobody can read which number is which).
 */
class NotebookCodeTest {

    private static final Pattern NEW = Pattern.compile("\\bnew\\s+([A-Z][\\w.]*)\\s*\\(");
    private static final List<String> OPTIONS = List.of("AnalysisOptions", "SyntheticOptions", "DecisionRule");

    /** The code of every notebook, one string per notebook, named. */
    private static List<String[]> code() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String[]> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList()) {
                StringBuilder code = new StringBuilder();
                for (JsonNode cell : json.readTree(f.toFile()).get("cells")) {
                    if (cell.get("cell_type").asString().equals("code")) {
                        cell.get("source").forEach(line -> code.append(line.asString()));
                        code.append('\n');
                    }
                }
                all.add(new String[] {f.getFileName().toString(), code.toString()});
            }
        }
        return all;
    }

    /** The number of arguments of the call whose opening parenthesis is at {@code open}. */
    static int arguments(String code, int open) {
        int depth = 0;
        int commas = 0;
        boolean any = false;
        boolean inString = false;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> {
                    depth--;
                    if (depth == 0) {
                        return any ? commas + 1 : 0;
                    }
                }
                case ',' -> commas += depth == 1 ? 1 : 0;
                default -> { }
            }
            any |= depth >= 1 && i > open && !Character.isWhitespace(c);
        }
        throw new IllegalArgumentException("unbalanced call at " + open);
    }

    @Test
    void argumentsAreCountedAtTheTopLevelOnly() {
        String code = "new A(1, f(2, 3), \"x, y\", List.of(4, 5)) new B() new C(g())";
        assertEquals(4, arguments(code, code.indexOf('(')));
        assertEquals(0, arguments(code, code.indexOf("B(") + 1));
        assertEquals(1, arguments(code, code.indexOf("C(") + 1));
    }

    @Test
    void noNotebookCallsAPositionalConstructorOfOptionsOrOneWithFiveArguments() throws IOException {
        List<String> found = new ArrayList<>();
        for (String[] notebook : code()) {
            Matcher m = NEW.matcher(notebook[1]);
            while (m.find()) {
                String type = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
                int n = arguments(notebook[1], m.end() - 1);
                if (OPTIONS.contains(type) || n >= 5) {
                    found.add(notebook[0] + ": new " + m.group(1) + "(...) with " + n + " arguments");
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theNotebooksBuildTheirOptionsFromTheDefaults() throws IOException {
        String all = String.join("\n", code().stream().map(n -> n[1]).toList());
        assertTrue(all.contains("AnalysisOptions.defaults("), "analysis options");
        assertTrue(all.contains("SyntheticOptions.defaults()"), "synthetic options");
    }
}
