package dk.casescreen.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathsTest {

    private static Path jar(Path file, String classPath) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }

    @Test
    void manifestClassPathsAreFollowedRelativeToTheJarAndOnlyOnce(@TempDir Path dir) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path inner = jar(lib.resolve("inner.jar"), null);
        Path a = jar(lib.resolve("a.jar"), "inner.jar");
        Path main = jar(dir.resolve("main.jar"), "lib/a.jar lib/inner.jar lib/missing.jar");
        List<Path> entries = ClassPaths.expand(main + File.pathSeparator + a);
        assertEquals(List.of(main, a, inner), entries);
    }

    @Test
    void thisJvmsClassPathHoldsTheProjectAndItsLibraries() {
        List<Path> entries = ClassPaths.ofThisJvm();
        assertTrue(entries.stream().anyMatch(p -> p.toString().contains("jupyter-jvm-basekernel")), entries.toString());
        assertTrue(entries.stream().anyMatch(p -> p.toString().contains("tablesaw-core")), entries.toString());
    }
}
