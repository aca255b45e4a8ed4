package dk.casescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, read from the sources (comments left out, imports and fully qualified
 * names both counted): {@code stats} knows numbers and labels only, and no two packages depend on
 * each other, directly or through others.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern COMMENT = Pattern.compile("/\\*[\\s\\S]*?\\*/|//[^\\n]*");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\bdk\\.casescreen((?:\\.[a-z]\\w*)*)\\.(?:[A-Z]|\\*)");

    /** Each package of dk.casescreen and the other packages of dk.casescreen its classes name. */
    static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = COMMENT.matcher(Files.readString(f)).replaceAll("");
                Matcher p = PACKAGE.matcher(code);
                if (!p.find()) {
                    continue;
                }
                String own = p.group(1);
                Set<String> uses = graph.computeIfAbsent(own, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(code);
                while (m.find()) {
                    String used = "dk.casescreen" + m.group(1);
                    if (!used.equals(own)) {
                        uses.add(used);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    @Test
    void statsDependsOnNoOtherPackageOfTheProject() {
        Map<String, Set<String>> graph = dependencies();
        assertTrue(graph.containsKey("dk.casescreen.stats"), "no sources of dk.casescreen.stats under " + SOURCES);
        assertEquals(Set.of(), graph.get("dk.casescreen.stats"),
                "stats knows numbers and labels only; adapters from case tables live in analysis");
    }

    @Test
    void casesDoesNotDependOnReference() {
        Set<String> uses = dependencies().get("dk.casescreen.cases");
        assertTrue(uses.stream().noneMatch(p -> p.startsWith("dk.casescreen.reference")), uses::toString);
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        Map<String, Set<String>> graph = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            findCycle(graph, start, start, new ArrayList<>(List.of(start)), new TreeSet<>(), cycles);
        }
        assertEquals(List.of(), cycles, "package dependency cycles");
    }

    private static void findCycle(Map<String, Set<String>> graph, String start, String at, List<String> path,
                                  Set<String> seen, List<String> cycles) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
            } else if (next.compareTo(start) > 0 && seen.add(next)) {
                path.add(next);
                findCycle(graph, start, next, path, seen, cycles);
                path.removeLast();
            }
        }
    }

    @Test
    void oneWilsonIntervalInTheCodeBase() throws IOException {
        // the R-checked one is dk.casescreen.stats.Intervals.wilson; no library Wilson interval elsewhere
        List<String> others = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = COMMENT.matcher(Files.readString(f)).replaceAll("");
                if (code.contains("BinomialConfidenceInterval") || code.contains("WILSON_SCORE")
                        || (code.contains("double wilson") && !f.endsWith(Path.of("stats", "Intervals.java")))) {
                    others.add(f.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), others);
        assertEquals(dk.casescreen.stats.Intervals.wilson(3, 17, 0.95).confLow(),
                dk.casescreen.analysis.Profiles.share("a", 3, 17).confLow());
        assertEquals(dk.casescreen.stats.Intervals.wilson(0, 17, 0.95).confHigh(),
                dk.casescreen.analysis.Profiles.share("a", 0, 17).confHigh());
    }

    @Test
    void theCheckSeesACycle() {
        List<String> cycles = new ArrayList<>();
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"));
        for (String start : new TreeSet<>(graph.keySet())) {
            findCycle(graph, start, start, new ArrayList<>(List.of(start)), new TreeSet<>(), cycles);
        }
        assertEquals(List.of("a -> b -> c -> a"), cycles);
    }
}
