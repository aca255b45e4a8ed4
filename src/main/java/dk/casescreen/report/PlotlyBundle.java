package dk.casescreen.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * plotly.js as shipped in the plotly.js-dist webjar from Maven Central, read from the class path so
 * that it can be embedded in a report: the report then needs nothing from the network.
 */
public final class PlotlyBundle {

    /** The plotly.js version embedded. */
    public static final String VERSION = "3.3.1";
    private static final String RESOURCE = "/META-INF/resources/webjars/plotly.js-dist/" + VERSION + "/plotly.js";

    private PlotlyBundle() {
    }

    /** The source of plotly.js. */
    public static String source() {
        try (InputStream in = PlotlyBundle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("plotly.js " + VERSION + " is missing from the class path");
            }
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (js.contains("</script")) {
                throw new IllegalStateException("plotly.js holds '</script' and cannot be inlined");
            }
            return js;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
