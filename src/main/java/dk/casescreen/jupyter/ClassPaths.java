package dk.casescreen.jupyter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path the kernel's own JVM runs with, spelled out for the Java compiler: every entry of
 * {@code java.class.path}, and the jars named by the {@code Class-Path} attribute of each jar's manifest
 * (followed transitively), as {@code java -jar casescreen.jar} and Maven Surefire's manifest-only jar
 * both put the real class path there.
 */
final class ClassPaths {

    private ClassPaths() {
    }

    /** The entries of the running JVM's class path, manifests expanded, existing files only, in order. */
    static List<Path> ofThisJvm() {
        return expand(System.getProperty("java.class.path", ""));
    }

    /** The entries of a class path string (platform separator), manifests expanded. */
    static List<Path> expand(String classPath) {
        Set<Path> seen = new LinkedHashSet<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                add(Path.of(entry).toAbsolutePath().normalize(), seen);
            }
        }
        return new ArrayList<>(seen);
    }

    private static void add(Path entry, Set<Path> seen) {
        if (!Files.exists(entry) || !seen.add(entry)) {
            return;
        }
        if (!Files.isRegularFile(entry) || !entry.getFileName().toString().endsWith(".jar")) {
            return;
        }
        for (Path referenced : manifestClassPath(entry)) {
            add(referenced, seen);
        }
    }

    /** The entries of a jar's {@code Class-Path} manifest attribute, resolved against the jar's folder. */
    static List<Path> manifestClassPath(Path jar) {
        List<Path> entries = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (value == null) {
                return entries;
            }
            Path folder = jar.getParent();
            for (String item : value.trim().split("\\s+")) {
                resolve(folder, item).ifPresent(entries::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the manifest of " + jar, e);
        }
        return entries;
    }

    private static java.util.Optional<Path> resolve(Path folder, String item) {
        if (item.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            URI uri = new URI(item);
            if (uri.isAbsolute()) {
                return "file".equals(uri.getScheme()) ? java.util.Optional.of(Path.of(uri).normalize()) : java.util.Optional.empty();
            }
            return java.util.Optional.of(folder.resolve(uri.getPath()).normalize());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
