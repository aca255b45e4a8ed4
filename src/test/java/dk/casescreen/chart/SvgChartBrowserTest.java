package dk.casescreen.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The charts of {@link SvgChartTest} as Chromium lays them out with a real font (DejaVu Sans on
 * Debian, wider than Arial): no text leaves the chart, the legend touches neither the plot nor any
 * axis text, category labels stay left of the plot, and tick labels do not touch each other. Runs
 * wherever Debian's {@code chromium} is.
 */
class SvgChartBrowserTest {

    /** Measures every chart on the page; writes one line per problem into the page. */
    private static final String PROBE = """
            <script>
            const problems = [];
            const meet = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
            for (const svg of document.querySelectorAll('svg')) {
              const id = svg.querySelector('title').id;
              const o = svg.getBoundingClientRect();
              const rel = r => ({left: r.left - o.left, right: r.right - o.left, top: r.top - o.top, bottom: r.bottom - o.top});
              const legend = svg.querySelector('g.legend');
              const lb = legend ? rel(legend.getBoundingClientRect()) : null;
              const [px, py, pw, ph] = svg.querySelector('g.plot').dataset.box.split(' ').map(Number);
              const plot = {left: px, right: px + pw, top: py, bottom: py + ph};
              for (const t of svg.querySelectorAll('text')) {
                const r = rel(t.getBoundingClientRect());
                const name = id + " '" + t.textContent + "'";
                if (r.left < -0.5 || r.right > o.width + 0.5 || r.top < -0.5 || r.bottom > o.height + 0.5) problems.push(name + ' leaves the chart');
                if (lb && !legend.contains(t) && meet(lb, r)) problems.push(name + ' under the legend');
                if (t.closest('g.axes') && t.getAttribute('text-anchor') === 'end' && r.right <= plot.left + 1 && meet(r, plot)) problems.push(name + ' over the plot');
              }
              if (lb && meet(lb, plot)) problems.push(id + ' legend over the plot');
              const ticks = [...svg.querySelectorAll('g.axes g[text-anchor=middle] text')].map(t => rel(t.getBoundingClientRect()));
              for (let i = 1; i < ticks.length; i++) if (meet(ticks[i - 1], ticks[i])) problems.push(id + ' tick labels touch');
            }
            document.getElementById('out').textContent = problems.length + ' problems\\n' + problems.join('\\n');
            </script>""";

    @Test
    void chromiumLaysEveryChartOutWithoutOverlapsOrTextOutside(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "Chromium is not installed");
        StringBuilder page = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"></head><body style=\"width:900px\">\n");
        List<Chart> charts = SvgChartTest.all();
        for (Chart chart : charts) {
            page.append("<div>").append(SvgChart.render(chart)).append("</div>\n");
        }
        page.append("<pre id=\"out\">not run</pre>\n").append(PROBE).append("</body></html>\n");
        Path file = dir.resolve("charts.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1000,1000",
                "--dump-dom", file.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(chromium.waitFor(90, TimeUnit.SECONDS), "Chromium finished");
        int start = dom.indexOf("<pre id=\"out\">");
        assertTrue(start >= 0, "the page was dumped");
        String out = dom.substring(start + 14, dom.indexOf("</pre>", start)).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertEquals("0 problems", out.strip(), out);
    }
}
