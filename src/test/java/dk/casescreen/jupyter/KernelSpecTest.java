package dk.casescreen.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class KernelSpecTest {

    private static final KernelSpec SPEC = new KernelSpec(Path.of("/opt/jdk-25/bin/java"), Path.of("/opt/casescreen/casescreen.jar"));

    @Test
    void kernelJsonRunsTheJarWithTheJdkAndTheConnectionFile() {
        JsonNode json = JsonMapper.builder().build().readTree(SPEC.kernelJson());
        List<String> argv = json.get("argv").valueStream().map(JsonNode::asString).toList();
        assertEquals("/opt/jdk-25/bin/java", argv.getFirst());
        assertEquals(List.of("-jar", "/opt/casescreen/casescreen.jar", "kernel", "run", "{connection_file}"),
                argv.subList(argv.size() - 5, argv.size()));
        assertEquals("java", json.get("language").asString());
        assertEquals("message", json.get("interrupt_mode").asString(), "interrupts arrive as messages, not as SIGINT");
    }

    @Test
    void kernelMapsTheAheadOfTimeCacheBesideTheJarQuietly() {
        List<String> argv = SPEC.argv();
        int jar = argv.indexOf("-jar");
        int cache = argv.indexOf("-XX:AOTCache=/opt/casescreen/casescreen.aot");
        assertTrue(cache > 0 && cache < jar, "the cache option comes before -jar: " + argv);
        assertTrue(argv.subList(0, jar).containsAll(List.of("-Xlog:aot=off", "-Xlog:cds=off")),
                "a missing or stale cache is not reported into the notebook server's log: " + argv);
        assertEquals(Path.of("/opt/casescreen/casescreen.aot"), SPEC.aotCache());
    }

    @Test
    void installWritesKernelsJavaAndNeverOverwritesWithoutForce(@TempDir Path dir) throws Exception {
        Path folder = SPEC.install(dir, false);
        assertEquals(dir.resolve("kernels/java"), folder);
        assertEquals(SPEC.kernelJson(), Files.readString(folder.resolve("kernel.json")));
        Files.writeString(folder.resolve("kernel.json"), "{\"display_name\": \"IJava\"}");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SPEC.install(dir, false));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        assertEquals("{\"display_name\": \"IJava\"}", Files.readString(folder.resolve("kernel.json")), "left alone");
        SPEC.install(dir, true);
        assertEquals(SPEC.kernelJson(), Files.readString(folder.resolve("kernel.json")));
    }

    @Test
    void theUsersDataFolderFollowsJupytersRules() {
        assertEquals(Path.of("/srv/jupyter"), KernelSpec.userDataDir(Map.of("JUPYTER_DATA_DIR", "/srv/jupyter")));
        if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            assertEquals(Path.of("/x/jupyter"), KernelSpec.userDataDir(Map.of("XDG_DATA_HOME", "/x")));
            assertEquals(Path.of(System.getProperty("user.home"), ".local/share/jupyter"), KernelSpec.userDataDir(Map.of()));
        }
    }
}
