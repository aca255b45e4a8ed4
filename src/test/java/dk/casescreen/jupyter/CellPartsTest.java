package dk.casescreen.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellPartsTest {

    @Test
    void lineMagicsSplitTheCellIntoJavaPartsInOrder() {
        String cell = "int x = 1;\n%jars ../target/casescreen.jar\nx + 1\n";
        List<CellParts.Part> parts = CellParts.split(cell);
        assertEquals(3, parts.size());
        CellParts.Java first = assertInstanceOf(CellParts.Java.class, parts.get(0));
        assertEquals("int x = 1;\n", first.code());
        assertEquals(0, first.offset());
        CellParts.Magic magic = assertInstanceOf(CellParts.Magic.class, parts.get(1));
        assertEquals("jars", magic.name());
        assertEquals(List.of("../target/casescreen.jar"), magic.args());
        CellParts.Java last = assertInstanceOf(CellParts.Java.class, parts.get(2));
        assertEquals("x + 1\n", last.code());
        assertEquals(cell.indexOf("x + 1"), last.offset());
    }

    @Test
    void aPercentInsideJavaIsNoMagic() {
        List<CellParts.Part> parts = CellParts.split("int r = 7\n  % 3;");
        assertEquals(1, parts.size());
        assertInstanceOf(CellParts.Java.class, parts.getFirst());
    }

    @Test
    void quotedArgumentsKeepTheirBlanks() {
        assertEquals(List.of("a b.jar", "c.jar"), CellParts.arguments(" \"a b.jar\"  c.jar "));
        assertEquals(List.of(), CellParts.arguments("   "));
    }

    @Test
    void aFirstLineWithTwoPercentSignsIsACellMagic() {
        CellParts.Magic magic = assertInstanceOf(CellParts.Magic.class, CellParts.split("%%bash -x\necho hi").getFirst());
        assertTrue(magic.cell());
        assertEquals("bash", magic.name());
        assertEquals("echo hi", magic.body());
    }

    @Test
    void blankJavaBetweenMagicsIsLeftOut() {
        List<CellParts.Part> parts = CellParts.split("%jars a.jar\n\n%classpath b\n");
        assertEquals(2, parts.size());
        assertTrue(parts.stream().allMatch(CellParts.Magic.class::isInstance));
    }
}
