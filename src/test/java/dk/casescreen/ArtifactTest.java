package dk.casescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module's boundary: what module-info exports, and a package-info in every package (DESIGN.md). */
class ArtifactTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** Packages in the jar that are not API: the command line and the notebook kernel. */
    /** The front ends (command line, notebook kernel, local app) and what they share: run on the class path, not API. */
    private static final Set<String> NOT_API = Set.of("dk.casescreen.cli", "dk.casescreen.jupyter", "dk.casescreen.app",
            "dk.casescreen.request");

    private static Set<String> sourcePackages() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("module-info.java"))
                    .map(f -> SOURCES.relativize(f.getParent()).toString().replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static ModuleDescriptor descriptor() throws IOException {
        // beside the library's classes (the class path also holds the JDK's own module-info.class files)
        Path classes;
        try {
            classes = Path.of(Language.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path descriptor = classes.resolve("module-info.class");
        assertTrue(Files.isRegularFile(descriptor), "module-info.class is compiled beside the classes");
        try (InputStream in = Files.newInputStream(descriptor)) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void theModuleExportsEveryPackageButTheFrontEnds() throws IOException {
        ModuleDescriptor module = descriptor();
        assertEquals("dk.casescreen", module.name());
        Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(sourcePackages());
        expected.removeAll(NOT_API);
        assertEquals(expected, exported);
        assertTrue(module.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified), "no qualified exports");
    }

    @Test
    void theCommandLineAndKernelDependenciesAreOnlyStaticRequirements() throws IOException {
        List<String> optional = List.of("info.picocli", "jupyter.jvm.basekernel", "jdk.jshell");
        for (ModuleDescriptor.Requires r : descriptor().requires()) {
            if (optional.contains(r.name())) {
                assertTrue(r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC), r.name() + " is required statically");
            }
        }
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        for (String p : sourcePackages()) {
            Path info = SOURCES.resolve(p.replace('.', '/')).resolve("package-info.java");
            assertTrue(Files.isRegularFile(info), p + " has a package-info.java");
        }
    }
}
