import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Build step (run by Maven at {@code package}, as a single-file program on the JDK 25 that builds): rewrites
 * the class files of a jar in target/lib that are older than Java 6 (class file version 50) as version 52
 * with stack map frames computed by the JDK's class-file API. The code is unchanged; only the version and
 * the frames differ. Why: the JDK's ahead-of-time cache (the launcher's {@code target/casescreen.aot}) leaves
 * out classes older than version 50, which the JVM must then parse and verify with the old type-inferring
 * verifier at every start; picocli 4 is compiled for Java 5, and its classes were four fifths of those a
 * short command loaded from outside the cache.
 *
 * <p>Usage: {@code java build/ClassFileUpgrade.java JAR...}. A jar with no such class is left untouched
 * (so a second run changes nothing); the rewritten jar replaces the original only when complete.
 */
public final class ClassFileUpgrade {

    private static final int OLDEST_CACHEABLE = 50;

    private ClassFileUpgrade() {
    }

    /** Rewrites each jar given. */
    public static void main(String[] args) throws IOException {
        for (String jar : args) {
            int rewritten = upgrade(Path.of(jar));
            if (rewritten > 0) {
                System.out.println("ClassFileUpgrade: " + Path.of(jar).getFileName() + ": " + rewritten
                        + " class files rewritten as version 52 with stack map frames");
            }
        }
    }

    static int upgrade(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Manifest manifest;
        try (JarFile in = new JarFile(jar.toFile())) {
            manifest = in.getManifest();
            for (JarEntry e : Collections.list(in.entries())) {
                if (!e.isDirectory() && !e.getName().equals(JarFile.MANIFEST_NAME)) {
                    entries.put(e.getName(), in.getInputStream(e).readAllBytes());
                }
            }
        }
        // the jar's own classes resolve from the jar (frames merge types by their supertypes), the rest from the JDK
        ClassHierarchyResolver own = ClassHierarchyResolver.ofResourceParsing(desc -> {
            String d = desc.descriptorString();
            byte[] bytes = entries.get(d.substring(1, d.length() - 1) + ".class");
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        });
        ClassFile classFile = ClassFile.of(
                ClassFile.ClassHierarchyResolverOption.of(own.orElse(ClassHierarchyResolver.defaultResolver())),
                ClassFile.StackMapsOption.GENERATE_STACK_MAPS);
        ClassTransform version52 = (builder, element) -> {
            if (element instanceof ClassFileVersion) {
                builder.withVersion(ClassFile.JAVA_8_VERSION, 0);
            } else {
                builder.with(element);
            }
        };
        // rebuilding every method body is what makes the class-file API compute the frames
        ClassTransform upgrade = ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL).andThen(version52);
        int rewritten = 0;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().endsWith(".class") && !e.getKey().endsWith("module-info.class")) {
                ClassModel model = classFile.parse(e.getValue());
                if (model.majorVersion() < OLDEST_CACHEABLE) {
                    e.setValue(classFile.transformClass(model, upgrade));
                    rewritten++;
                }
            }
        }
        if (rewritten == 0) {
            return 0;
        }
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (JarOutputStream out = manifest == null ? new JarOutputStream(Files.newOutputStream(tmp))
                : new JarOutputStream(Files.newOutputStream(tmp), manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rewritten;
    }
}
