package dk.casescreen.jupyter;

import dk.casescreen.chart.Chart;
import dk.casescreen.chart.SvgChart;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The display functions every session imports statically, with IJava's names and meaning:
 * {@code display} sends an object to the notebook as it is evaluated and returns the display's id,
 * {@code render} returns the object's display data without sending it, and {@code updateDisplay}
 * replaces what an earlier {@code display} showed. {@code as} asks for particular MIME types
 * ("text/html", "image/svg+xml"); without it the object shows in the types it prefers.
 * {@code save} writes a chart to an SVG file, for slides of one's own.
 */
public final class Display {

    private Display() {
    }

    /** Shows an object in the notebook; returns the id to update it with. */
    public static String display(Object o, String... as) {
        DisplayData data = render(o, as);
        String id = data.getDisplayId();
        if (id == null) {
            id = UUID.randomUUID().toString();
            data.setDisplayId(id);
        }
        KernelRuntime.require().display(data);
        return id;
    }

    /** The display data of an object, not shown. */
    public static DisplayData render(Object o, String... as) {
        if (o instanceof DisplayData data) {
            return data;
        }
        var renderer = KernelRuntime.require().getRenderer();
        return as.length == 0 ? renderer.render(o) : renderer.renderAs(o, as);
    }

    /** Replaces what the display with this id shows by the object. */
    public static void updateDisplay(String id, Object o, String... as) {
        DisplayData data = render(o, as);
        KernelRuntime.require().getIO().display.updateDisplay(id, data);
    }

    /**
     * Writes a chart as a standalone SVG file (with an XML declaration) that PowerPoint, Keynote, Word
     * and browsers open; a relative path is resolved against the notebook's folder. Returns the
     * absolute path written.
     *
     * @throws IllegalArgumentException if the folder does not exist or the path is a folder
     * @throws UncheckedIOException     if the file cannot be written
     */
    public static Path save(Chart chart, Path path) {
        Path file = path.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Cannot save the chart to " + file + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("Cannot save the chart to " + file + ": it is a folder; give a file name such as chart.svg");
        }
        try {
            Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SvgChart.render(chart), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the chart to " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
