package dk.casescreen.jupyter;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jupyter kernelspec of the casescreen kernel, named {@value #NAME} like IJava's so that notebooks
 * run under either: {@code kernels/java/kernel.json} in a Jupyter data folder, whose {@code argv}
 * runs {@code casescreen.jar kernel run {connection_file}} with a JDK 25, mapping the launcher's ahead-of-time
 * cache ({@link #aotCache()}) when there is one.
 *
 * @param java the {@code java} launcher of a JDK 25 (the kernel compiles cells, so it needs a JDK)
 * @param jar  the casescreen jar, with its {@code lib} folder beside it
 */
public record KernelSpec(Path java, Path jar) {

    /** The kernelspec name. */
    public static final String NAME = "java";
    /** The name shown in Jupyter's kernel menu. */
    public static final String DISPLAY_NAME = "Java (casescreen)";
    /** The file name of the ahead-of-time cache beside the jar. */
    public static final String AOT_CACHE = "casescreen.aot";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Creates the spec; both paths are made absolute. */
    public KernelSpec {
        java = java.toAbsolutePath().normalize();
        jar = jar.toAbsolutePath().normalize();
    }

    /**
     * The spec for this JVM's {@code java} and the jar this class was loaded from.
     *
     * @throws IllegalStateException when this class was not loaded from a jar (e.g. from target/classes)
     */
    public static KernelSpec forThisInstallation() {
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        Path jar;
        try {
            jar = Path.of(KernelSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Cannot tell which jar the kernel runs from", e);
        }
        if (!Files.isRegularFile(jar) || !jar.getFileName().toString().endsWith(".jar")) {
            throw new IllegalStateException("The kernel must be installed from the built jar (./casescreen kernel install), not from "
                    + jar);
        }
        return new KernelSpec(java, jar);
    }

    /**
     * The ahead-of-time cache beside the jar ({@code casescreen.aot}), which the {@code casescreen} launcher
     * makes by a training run that includes a kernel cell; the kernel maps it when it fits this jar and JDK
     * and starts without it, silently, when it is missing or does not fit.
     */
    public Path aotCache() {
        return jar.resolveSibling(AOT_CACHE);
    }

    /** The command Jupyter runs, with {@code {connection_file}} for the file it writes. */
    public List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(java.toString());
        argv.add("-XX:AOTCache=" + aotCache());
        argv.add("-Xlog:aot=off");
        argv.add("-Xlog:cds=off");
        argv.add("-XX:+UseSerialGC");
        argv.add("--sun-misc-unsafe-memory-access=allow");
        argv.add("-Dslf4j.internal.verbosity=ERROR");
        argv.add("-Dlog4j2.provider=org.apache.logging.log4j.simple.internal.SimpleProvider");
        argv.add("-Djava.awt.headless=true");
        argv.add("-jar");
        argv.add(jar.toString());
        argv.add("kernel");
        argv.add("run");
        argv.add("{connection_file}");
        return argv;
    }

    /** The kernel.json text. */
    public String kernelJson() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv());
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("metadata", Map.of("debugger", false));
        return JSON.writeValueAsString(spec) + "\n";
    }

    /**
     * Writes {@code kernels/java/kernel.json} under the Jupyter data folder {@code dataDir}.
     *
     * @param force overwrite an existing {@code java} kernelspec (otherwise it is left alone and this fails)
     * @return the kernelspec folder written
     * @throws IllegalStateException when a {@code java} kernelspec exists there and {@code force} is false
     */
    public Path install(Path dataDir, boolean force) throws IOException {
        Path folder = dataDir.resolve("kernels").resolve(NAME);
        if (Files.exists(folder) && !force) {
            throw new IllegalStateException("A kernel named '" + NAME + "' is already installed in " + folder
                    + "; use --force to replace it");
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("kernel.json"), kernelJson(), StandardCharsets.UTF_8);
        return folder;
    }

    /**
     * The user's Jupyter data folder, as {@code jupyter --data-dir} finds it: {@code JUPYTER_DATA_DIR},
     * else on Linux {@code $XDG_DATA_HOME/jupyter} or {@code ~/.local/share/jupyter}, on macOS
     * {@code ~/Library/Jupyter}, on Windows {@code %APPDATA%\jupyter}.
     */
    public static Path userDataDir(Map<String, String> env) {
        Optional<String> explicit = Optional.ofNullable(env.get("JUPYTER_DATA_DIR")).filter(s -> !s.isBlank());
        if (explicit.isPresent()) {
            return Path.of(explicit.get());
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Jupyter");
        }
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve("jupyter");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg)).resolve("jupyter");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }
}
