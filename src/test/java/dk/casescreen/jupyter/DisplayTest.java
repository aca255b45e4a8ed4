package dk.casescreen.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.analysis.Profiles;
import dk.casescreen.chart.Chart;
import dk.casescreen.chart.SvgChart;
import dk.casescreen.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a notebook's chart as an SVG file. */
class DisplayTest {

    private static Chart chart() {
        return Notebook.danish().sharesChart(Profiles.of(ReferenceData.builtIn().cases(), "alle"), "target_group");
    }

    @Test
    void aChartIsSavedAsAStandaloneSvgFile(@TempDir Path dir) throws Exception {
        Chart chart = chart();
        Path file = Display.save(chart, dir.resolve("andele.svg"));
        assertEquals(dir.resolve("andele.svg").toAbsolutePath(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(text.endsWith(SvgChart.render(chart)));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        assertEquals("svg", factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement().getLocalName());
    }

    @Test
    void aMissingFolderOrAFolderForAFileIsRefusedNamingThePath(@TempDir Path dir) {
        Path missing = dir.resolve("findes-ikke").resolve("tragt.svg");
        var e = assertThrows(IllegalArgumentException.class, () -> Display.save(chart(), missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
        var folder = assertThrows(IllegalArgumentException.class, () -> Display.save(chart(), dir));
        assertTrue(folder.getMessage().contains(dir.toString()) && folder.getMessage().contains("is a folder"), folder.getMessage());
    }
}
