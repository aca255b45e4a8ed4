package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The build step that lets picocli into the ahead-of-time cache ({@code build/ClassFileUpgrade.java}, run
 * by Maven at {@code package} on target/lib): run on a copy of the picocli jar the tests use, it leaves no
 * class file older than version 50, every rewritten class passes the JVM's verifier (its stack map frames
 * are right), and a second run changes nothing.
 */
class ClassFileUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void picocliComesOutCacheableVerifiedAndAsecondRunChangesNothing() throws Exception {
        Path original = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = dir.resolve("picocli.jar");
        Files.copy(original, jar);
        assertTrue(classVersions(jar).stream().anyMatch(v -> v < 50), "picocli as published is older than Java 6");

        String first = upgrade(jar);
        assertTrue(first.contains("class files rewritten as version 52"), first);
        assertEquals(List.of(), classVersions(jar).stream().filter(v -> v < 50).toList());

        List<String> names = classNames(jar);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String name : names) {
                // initialising links the class, and linking verifies it with the frames written
                Class<?> c = Class.forName(name, true, loader);
                assertEquals(loader, c.getClassLoader(), name);
            }
        }
        assertTrue(names.size() > 100, "every picocli class was loaded: " + names.size());

        byte[] before = Files.readAllBytes(jar);
        assertEquals("", upgrade(jar), "nothing to rewrite the second time");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(jar)), "the jar is left as it was");
    }

    private static String upgrade(Path jar) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "build/ClassFileUpgrade.java", jar.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the build step ends");
        assertEquals(0, p.exitValue(), out);
        return out.strip();
    }

    private static List<Integer> classVersions(Path jar) throws IOException {
        List<Integer> versions = new ArrayList<>();
        try (JarFile f = new JarFile(jar.toFile())) {
            for (JarEntry e : Collections.list(f.entries())) {
                if (e.getName().endsWith(".class") && !e.getName().endsWith("module-info.class")) {
                    try (InputStream in = f.getInputStream(e); DataInputStream data = new DataInputStream(in)) {
                        data.readInt(); // magic
                        data.readUnsignedShort(); // minor
                        versions.add(data.readUnsignedShort());
                    }
                }
            }
        }
        return versions;
    }

    private static List<String> classNames(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile f = new JarFile(jar.toFile())) {
            for (JarEntry e : Collections.list(f.entries())) {
                String n = e.getName();
                if (n.endsWith(".class") && !n.endsWith("module-info.class") && !n.startsWith("META-INF/")) {
                    names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        return names;
    }
}
