package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code casescreen} launcher's ahead-of-time cache, run as a user runs it: the launcher and scripts/jdk.sh
 * copied into a folder laid out as the project (sources older than the jar, so nothing is built), the jar made
 * from target/classes with its libraries named in its manifest, and a JDK whose {@code java} is a script that writes
 * its arguments to a log and then runs this JVM's {@code java} (or fails the training run, as a JVM that
 * cannot write the cache would).
 */
class LauncherTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Instant OLD = Instant.now().minusSeconds(3600);

    @TempDir
    Path dir;

    private Path project;
    private Path log;
    private Path aot;

    @BeforeEach
    void layOutTheProject() throws IOException {
        project = dir.resolve("project");
        Files.createDirectories(project.resolve("scripts"));
        Files.copy(ROOT.resolve("casescreen"), project.resolve("casescreen"));
        Files.copy(ROOT.resolve("scripts/jdk.sh"), project.resolve("scripts/jdk.sh"));
        for (String folder : List.of("src/main", "data-schema")) {
            Files.setLastModifiedTime(Files.createDirectories(project.resolve(folder)), FileTime.from(OLD));
        }
        Files.setLastModifiedTime(Files.writeString(project.resolve("pom.xml"), "<project/>"), FileTime.from(OLD));
        Files.createDirectories(project.resolve("target/lib"));
        List<String> libraries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isRegularFile(p) && entry.endsWith(".jar")) {
                libraries.add(p.toAbsolutePath().toUri().toString());
            }
        }
        writeJar(project.resolve("target/casescreen.jar"), ROOT.resolve("target/classes"), libraries);
        aot = project.resolve("target/casescreen.aot");
        log = dir.resolve("java.log");
    }

    /** A JDK folder whose java logs its arguments and runs the real one; with failTraining, the training run fails. */
    private Path jdk(boolean failTraining) throws IOException {
        Path home = dir.resolve("jdk");
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"25\"\n");
        Path real = Path.of(System.getProperty("java.home"), "bin", "java");
        String script = "#!/bin/sh\necho \"$*\" >> '" + log + "'\n"
                + (failTraining ? "case \"$*\" in *AOTCacheOutput*) exit 1 ;; esac\n" : "")
                + "exec '" + real + "' \"$@\"\n";
        for (String tool : List.of("java", "javac")) {
            Files.writeString(bin.resolve(tool), script);
            Files.setPosixFilePermissions(bin.resolve(tool), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return home;
    }

    private record Run(int exit, String out, String err) {
    }

    private Run launch(Path javaHome, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", project.resolve("casescreen").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("CASESCREEN_JAVA_OPTS");
        builder.environment().remove("CASESCREEN_AOT");
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the launcher ends");
        return new Run(p.exitValue(), out, err);
    }

    private List<String> javaRuns() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private static long trainings(List<String> runs) {
        return runs.stream().filter(l -> l.contains("-XX:AOTCacheOutput=")).count();
    }

    @Test
    void makesTheCacheOnceByATrainingRunAndMapsItThen() throws Exception {
        Path home = jdk(false);
        Run first = launch(home, Map.of(), "--version");
        assertEquals(0, first.exit(), first.err());
        assertTrue(Files.size(aot) > 0, "the training run made the cache");
        assertEquals(1, trainings(javaRuns()), javaRuns().toString());
        FileTime made = Files.getLastModifiedTime(aot);

        Run second = launch(home, Map.of("CASESCREEN_JAVA_OPTS", "-Xmx301m"), "--version");
        assertEquals(0, second.exit(), second.err());
        assertEquals(first.out(), second.out(), "the same output with the cache as on the first run");
        assertEquals("", second.err(), "nothing about the cache on standard error");
        List<String> runs = javaRuns();
        assertEquals(1, trainings(runs), "no second training while the jar is unchanged: " + runs);
        String last = runs.getLast();
        assertTrue(last.contains("-XX:AOTCache=" + aot), last);
        assertTrue(last.indexOf("-XX:+UseSerialGC") < last.indexOf("-Xmx301m") && last.indexOf("-Xmx301m") < last.indexOf("-jar"),
                "CASESCREEN_JAVA_OPTS come after the launcher's options, so they override them: " + last);
        assertEquals(made, Files.getLastModifiedTime(aot));
    }

    @Test
    void runsWithoutACacheWhenTheTrainingFailsAndTriesAgainOnlyWhenTheJarChanges() throws Exception {
        Path home = jdk(true);
        Run first = launch(home, Map.of(), "--version");
        assertEquals(0, first.exit(), first.err());
        assertFalse(first.out().isBlank(), "the command's own output");
        assertFalse(Files.exists(aot), "no cache");
        try (Stream<Path> files = Files.list(project.resolve("target"))) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().contains(".tmp")).toList(), "no half-made cache left");
        }
        Run second = launch(home, Map.of(), "--version");
        assertEquals(0, second.exit(), second.err());
        assertEquals(first.out(), second.out());
        assertFalse(javaRuns().getLast().contains("AOTCache"), javaRuns().getLast());
        assertEquals(1, trainings(javaRuns()), "a failed training is not repeated on every command: " + javaRuns());

        Files.setLastModifiedTime(project.resolve("target/casescreen.jar"), FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(0, launch(home, Map.of(), "--version").exit());
        assertEquals(2, trainings(javaRuns()), "a new jar is trained again: " + javaRuns());
    }

    @Test
    void casescreenAotOffNeitherTrainsNorMapsACache() throws Exception {
        Run run = launch(jdk(false), Map.of("CASESCREEN_AOT", "off"), "--version");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals(1, javaRuns().size(), javaRuns().toString());
        assertFalse(javaRuns().getFirst().contains("AOT"), javaRuns().getFirst());
    }

    @Test
    void aReadOnlyTargetFolderRunsTheCommandWithoutACache() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes into a read-only folder");
        Path target = project.resolve("target");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Run run = launch(jdk(false), Map.of(), "--version");
            assertEquals(0, run.exit(), run.err());
            assertEquals("", run.err());
            assertEquals(0, trainings(javaRuns()));
            assertFalse(Files.exists(aot));
        } finally {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void writeJar(Path jar, Path classes, List<String> libraries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                String.join(" ", libraries));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(jar.resolveSibling("lib"), FileTime.from(Instant.now().minusSeconds(60)));
    }
}
