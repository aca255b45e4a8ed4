package dk.casescreen.jupyter;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The kernel's line magics, as IJava has them: {@code %jars PATH...} adds jar files (a folder adds
 * every jar in it), {@code %classpath PATH...} adds jars or class folders. A path may be relative to
 * the kernel's working folder (the notebook's folder) and its file name may hold {@code *} and
 * {@code ?} wildcards. A path that matches nothing is an error.
 */
final class Magics {

    /** The magics known, for the error on an unknown one. */
    static final List<String> NAMES = List.of("jars", "classpath");

    private final Path workingFolder;
    private final Consumer<Path> classPath;

    /** Magics resolving paths against {@code workingFolder} and adding to {@code classPath}. */
    Magics(Path workingFolder, Consumer<Path> classPath) {
        this.workingFolder = workingFolder;
        this.classPath = classPath;
    }

    /** Runs a magic; returns what it added, one path per line. */
    List<Path> run(CellParts.Magic magic) throws CellException {
        if (magic.cell()) {
            throw error("There is no cell magic %%" + magic.name() + " (line magics: " + known() + ")");
        }
        if (magic.args().isEmpty() && NAMES.contains(magic.name())) {
            throw error("%" + magic.name() + " needs a path, e.g. %" + magic.name() + " ../target/casescreen.jar");
        }
        List<Path> added = new ArrayList<>();
        switch (magic.name()) {
            case "jars" -> {
                for (String arg : magic.args()) {
                    for (Path p : matches(arg)) {
                        added.addAll(Files.isDirectory(p) ? jarsIn(p) : List.of(p));
                    }
                }
            }
            case "classpath" -> {
                for (String arg : magic.args()) {
                    added.addAll(matches(arg));
                }
            }
            default -> throw error("Unknown magic %" + magic.name() + " (line magics: " + known() + ")");
        }
        added.forEach(classPath);
        return added;
    }

    private static String known() {
        return String.join(", ", NAMES.stream().map(n -> "%" + n).toList());
    }

    private List<Path> matches(String arg) throws CellException {
        Path path = workingFolder.resolve(expandHome(arg)).normalize();
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!name.contains("*") && !name.contains("?")) {
            if (!Files.exists(path)) {
                throw error("No such file or folder: " + arg + " (looked for " + path + ")");
            }
            return List.of(path);
        }
        Path folder = path.getParent();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + name);
        List<Path> found;
        try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            found = files.filter(f -> matcher.matches(f.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw error("Cannot list " + folder + ": " + e.getMessage());
        }
        if (found.isEmpty()) {
            throw error("Nothing matches " + arg + " (in " + folder + ")");
        }
        return found;
    }

    private static String expandHome(String arg) {
        return arg.equals("~") || arg.startsWith("~/") ? System.getProperty("user.home") + arg.substring(1) : arg;
    }

    private static List<Path> jarsIn(Path folder) throws CellException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw error("Cannot list " + folder + ": " + e.getMessage());
        }
    }

    private static CellException error(String message) {
        return new CellException("MagicError", message, List.of(message));
    }
}
