package dk.casescreen.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MagicsTest {

    private static CellParts.Magic magic(String line) {
        return (CellParts.Magic) CellParts.split(line).getFirst();
    }

    @Test
    void jarsAddsOneJarRelativeToTheWorkingFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("target"));
        Path jar = Files.createFile(dir.resolve("target/casescreen.jar"));
        List<Path> added = new ArrayList<>();
        new Magics(dir.resolve("notebooks"), added::add).run(magic("%jars ../target/casescreen.jar"));
        assertEquals(List.of(jar), added);
    }

    @Test
    void jarsAddsEveryJarInAFolderAndFollowsWildcards(@TempDir Path dir) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path a = Files.createFile(lib.resolve("a.jar"));
        Path b = Files.createFile(lib.resolve("b.jar"));
        Files.createFile(lib.resolve("notes.txt"));
        List<Path> added = new ArrayList<>();
        Magics magics = new Magics(dir, added::add);
        magics.run(magic("%jars lib"));
        assertEquals(List.of(a, b), added);
        added.clear();
        magics.run(magic("%jars lib/b*.jar"));
        assertEquals(List.of(b), added);
    }

    @Test
    void classpathAddsAFolder(@TempDir Path dir) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<Path> added = new ArrayList<>();
        new Magics(dir, added::add).run(magic("%classpath classes"));
        assertEquals(List.of(classes), added);
    }

    @Test
    void aPathThatMatchesNothingIsAnErrorThatSaysWhere(@TempDir Path dir) {
        Magics magics = new Magics(dir, p -> { });
        CellException missing = assertThrows(CellException.class, () -> magics.run(magic("%jars nowhere.jar")));
        assertTrue(missing.getMessage().contains("nowhere.jar"), missing.getMessage());
        CellException none = assertThrows(CellException.class, () -> magics.run(magic("%jars *.jar")));
        assertTrue(none.getMessage().startsWith("Nothing matches"), none.getMessage());
        CellException empty = assertThrows(CellException.class, () -> magics.run(magic("%classpath")));
        assertTrue(empty.getMessage().contains("needs a path"), empty.getMessage());
    }

    @Test
    void unknownMagicsNameTheKnownOnes(@TempDir Path dir) {
        Magics magics = new Magics(dir, p -> { });
        CellException e = assertThrows(CellException.class, () -> magics.run(magic("%maven a:b:1")));
        assertTrue(e.getMessage().contains("%jars, %classpath"), e.getMessage());
        assertEquals("MagicError", e.name());
    }
}
