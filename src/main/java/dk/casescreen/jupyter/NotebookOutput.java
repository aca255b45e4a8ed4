package dk.casescreen.jupyter;

import dk.casescreen.chart.Chart;
import dk.casescreen.chart.SvgChart;
import io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Something to show in a notebook: HTML (tables) or SVG (charts), always with a plain-text
 * fallback. Kernels built on {@code jupyter-jvm-basekernel} (this project's and IJava) render it as
 * rich output; anywhere else {@link #toString()} gives the text.
 */
public final class NotebookOutput implements DisplayDataRenderable {

    private final String text;
    private final String html;
    private final String svg;

    /** An output; its text is masked and its control characters escaped here, the edge every notebook output passes ({@link dk.casescreen.Privacy#displayLines}). */
    NotebookOutput(String text, String html, String svg) {
        this.text = dk.casescreen.Privacy.displayLines(text);
        this.html = html;
        this.svg = svg;
    }

    /** An output of HTML with its text fallback. */
    static NotebookOutput html(String text, String html) {
        return new NotebookOutput(text, html, null);
    }

    /** An output of an SVG chart with its text fallback. */
    static NotebookOutput svg(String text, String svg) {
        return new NotebookOutput(text, null, svg);
    }

    /** A chart drawn as SVG, with its text alternative as the text. */
    static NotebookOutput of(Chart chart) {
        return svg(text(chart), SvgChart.render(chart));
    }

    /** A chart's plain text: its banner in capitals on a line of its own, then its text alternative. */
    static String text(Chart chart) {
        return chart.banner().map(b -> b.toUpperCase(Locale.ROOT) + "\n").orElse("") + chart.textAlternative();
    }

    /** The plain text. */
    public String text() {
        return text;
    }

    /** The HTML, if this output is a table or text. */
    public Optional<String> html() {
        return Optional.ofNullable(html);
    }

    /** The SVG, if this output is a chart. */
    public Optional<String> svg() {
        return Optional.ofNullable(svg);
    }

    @Override
    public Set<MIMEType> getPreferredRenderTypes() {
        return svg != null ? Set.of(MIMEType.IMAGE_SVG) : Set.of(MIMEType.TEXT_HTML);
    }

    @Override
    public Set<MIMEType> getSupportedRenderTypes() {
        return svg != null ? Set.of(MIMEType.IMAGE_SVG, MIMEType.TEXT_PLAIN) : Set.of(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN);
    }

    @Override
    public void render(RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> text);
        if (html != null) {
            context.renderIfRequested(MIMEType.TEXT_HTML, () -> html);
        }
        if (svg != null) {
            context.renderIfRequested(MIMEType.IMAGE_SVG, () -> svg);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
