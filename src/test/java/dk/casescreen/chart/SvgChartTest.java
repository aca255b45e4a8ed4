package dk.casescreen.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The SVG renderer: well-formed XML, a tooltip on every mark, value labels in the chart's language,
 * suppressed values written instead of drawn, the legend clear of the plot and the axes, tick
 * formats, banners, and long and many categories. Charts are parsed with the JDK's XML parser and
 * checked on the coordinates they give.
 */
class SvgChartTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    // ---- charts to draw ----

    private static final List<String> TARGET_GROUPS = List.of("Udviklingshæmning",
            "Sindslidelse, herunder personlighedsforstyrrelse, skizofreni og andre psykotiske tilstande, som bliver ved",
            "Erhvervet hjerneskade", "Autisme", "Andet");

    private static String percent(double v, Language language) {
        String number = String.format(Locale.ROOT, "%.1f", v);
        return language == Language.DA ? number.replace('.', ',') + " %" : number + "%";
    }

    /** Own against reference shares with intervals; the own share of "Autisme" is suppressed ("<5"). */
    static Chart profile(Language language) {
        double[] own = {34.5, 22.1, 12.0, Double.NaN, 8.3};
        double[] ref = {30.1, 28.4, 10.2, 15.5, 9.9};
        List<Datum> o = new ArrayList<>();
        List<Datum> r = new ArrayList<>();
        for (int i = 0; i < own.length; i++) {
            o.add(Double.isNaN(own[i]) ? Datum.bar(i, Double.NaN, "<5") : Datum.bar(i, own[i], own[i] - 6, own[i] + 7, percent(own[i], language)));
            r.add(Datum.bar(i, ref[i], ref[i] - 2, ref[i] + 2, percent(ref[i], language)));
        }
        return Chart.builder(ChartKind.HORIZONTAL_BARS, "profil-target_group", "5. Hvad er borgerens primære målgruppe?", language)
                .banner("SYNTETISKE DATA – ingen rigtige borgere").categories("Målgruppe", TARGET_GROUPS)
                .valueAxis(Axis.linear("Andel af besvarede (%)"))
                .series(Series.bars("Egne sager (SYNTETISK) (n = 34)", Role.PRIMARY, o))
                .series(Series.bars("Referencedata (SYNTETISK) (n = 683)", Role.COMPARISON, r))
                .textAlternative("Målgruppe: Udviklingshæmning 34,5 %, …").build();
    }

    /** Costs by year in kroner, two series, one value not shown ("·"). */
    static Chart costs(Language language) {
        List<String> years = new ArrayList<>();
        List<Datum> own = new ArrayList<>();
        List<Datum> ref = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            years.add(String.valueOf(2012 + i));
            own.add(Datum.bar(i, 1_200_000 + 90_000 * i, "kr. " + i));
            ref.add(i == 4 ? Datum.bar(i, Double.NaN, "·") : Datum.bar(i, 900_000 + 70_000 * i, "kr " + i));
        }
        return Chart.builder(ChartKind.VERTICAL_BARS, "udgift", "Udgift pr. sag", language).categories("År", years)
                .valueAxis(Axis.linear("kr.")).series(Series.bars("Egne", Role.PRIMARY, own))
                .series(Series.bars("Reference", Role.COMPARISON, ref)).textAlternative("Udgift pr. sag efter år.").build();
    }

    /** Shares in four bands adding up to 100 per category; one band is suppressed, some are too narrow for their label. */
    static Chart flows() {
        String[] names = {"Samme tilbud", "Mindre indgribende", "Mere indgribende", "Ukendt"};
        Role[] roles = {Role.PRIMARY, Role.COMPARISON, Role.EXTRA_2, Role.CONTEXT};
        double[][] v = {{60, 25, 12, 3}, {40, 40, 15, 5}, {20, 50, Double.NaN, 30}};
        Chart.Builder b = Chart.builder(ChartKind.STACKED_BARS, "forloeb", "Hvor er borgerne et år efter?", Language.DA)
                .categories("Opfølgning", List.of("Efter 3 måneder", "Efter 6 måneder", "Efter 12 måneder")).valueAxis(Axis.linear("Andel (%)"));
        for (int s = 0; s < names.length; s++) {
            List<Datum> d = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                d.add(Datum.bar(i, v[i][s], Double.isNaN(v[i][s]) ? "<5" : (int) v[i][s] + " %"));
            }
            b.series(Series.bars(names[s], roles[s], d));
        }
        return b.textAlternative("Forløb.").build();
    }

    /** A funnel plot on a logarithmic x axis: 60 municipalities, limits, the average, two highlighted. */
    static Chart funnel(Language language) {
        List<Datum> others = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double population = 3000 * Math.pow(100, i / 59.0);
            others.add(Datum.point(population, 1.2 + 0.6 * Math.sin(i) * 30 / Math.sqrt(population) * 10, "Kommune " + i));
        }
        List<Datum> upper = new ArrayList<>();
        List<Datum> lower = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            double population = 2400 * Math.pow(375000.0 / 2400, i / 30.0);
            double se = Math.sqrt(0.0012 / population) * 1000;
            upper.add(Datum.point(population, 1.2 + 1.96 * se, ""));
            lower.add(Datum.point(population, Math.max(0, 1.2 - 1.96 * se), ""));
        }
        return Chart.builder(ChartKind.SCATTER, "tragt", "Sager pr. 1.000 18–66-årige efter kommunens størrelse", language)
                .xAxis(Axis.log("18–66-årige i kommunen")).valueAxis(Axis.linear("Sager pr. 1.000"))
                .series(Series.points("Egen kommune", Role.HIGHLIGHT, List.of(Datum.point(45000, 1.9, "Aarhus & Omegn").highlight(),
                        Datum.point(8000, 0.7, "Læsø").highlight())))
                .series(Series.points("Andre kommuner", Role.CONTEXT, others))
                .series(Series.line("Gennemsnit", Role.GUIDE, Mark.LINE, List.of(Datum.point(2400, 1.2, ""), Datum.point(375000, 1.2, ""))))
                .series(Series.line("95 %-grænse", Role.GUIDE, Mark.DASHED_LINE, upper))
                .series(Series.line("95 %-grænse", Role.GUIDE, Mark.DASHED_LINE, lower).withoutLegend())
                .textAlternative("Tragtdiagram. Gennemsnit 1,20 sager pr. 1.000.").build();
    }

    /** {@code count} categories with long labels, one series. */
    static Chart many(ChartKind kind, int count) {
        List<String> labels = new ArrayList<>();
        List<Datum> data = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add("Kategori nummer " + i + " med en ret lang tekst om noget helt bestemt");
            data.add(Datum.bar(i, i * 3.3, percent(i * 3.3, Language.DA)));
        }
        return Chart.builder(kind, "mange", "Mange kategorier", Language.DA).categories("Kategori", labels)
                .valueAxis(Axis.linear("Andel (%)")).series(Series.bars("Alle", Role.PRIMARY, data)).textAlternative("Mange.").build();
    }

    /** Nine series with long names: the legend takes several rows. */
    static Chart wideLegend() {
        Chart.Builder b = Chart.builder(ChartKind.VERTICAL_BARS, "legende", "En lang legende", Language.DA)
                .categories("", List.of("a", "b")).valueAxis(Axis.linear("Antal"));
        Role[] roles = Role.values();
        for (int s = 0; s < 9; s++) {
            b.series(Series.bars("Serie nummer " + s + " med et langt navn", roles[s], List.of(Datum.bar(0, s, "" + s), Datum.bar(1, 9 - s, "" + (9 - s)))));
        }
        return b.textAlternative("Legende.").build();
    }

    /** Changes from one year to the next, some negative, with intervals. */
    static Chart changes(ChartKind kind) {
        double[] v = {-12.5, 8.25, 3.0, -0.5};
        List<Datum> data = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            data.add(Datum.bar(i, v[i], v[i] - 4, v[i] + 4, percent(v[i], Language.DA)));
        }
        return Chart.builder(kind, "aendring-" + kind, "Ændring fra året før", Language.DA)
                .categories("Udgiftsgruppe", List.of("Under 1 mio. kr.", "1-2 mio. kr.", "2-3 mio. kr.", "Over 3 mio. kr."))
                .valueAxis(Axis.linear("Ændring (procentpoint)")).series(Series.bars("Egne", Role.PRIMARY, data))
                .textAlternative("Ændringer.").build();
    }

    static List<Chart> all() {
        return List.of(profile(Language.DA), profile(Language.EN), costs(Language.DA), flows(), funnel(Language.DA),
                many(ChartKind.HORIZONTAL_BARS, 24), many(ChartKind.VERTICAL_BARS, 24), many(ChartKind.STACKED_BARS, 3), wideLegend(),
                changes(ChartKind.HORIZONTAL_BARS), changes(ChartKind.VERTICAL_BARS));
    }

    // ---- reading the SVG ----

    private static Element parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            return doc.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    private static List<Element> all(Element root, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS(SVG_NS, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element group(Element root, String cls) {
        return all(root, "g").stream().filter(g -> cls.equals(g.getAttribute("class"))).findFirst()
                .orElseThrow(() -> new AssertionError("no <g class=\"" + cls + "\">"));
    }

    private static Element titleOf(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getLocalName().equals("title")) {
                return c;
            }
        }
        return null;
    }

    /** The text of an element without its tooltip. */
    private static String ownText(Element e) {
        StringBuilder s = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                s.append(n.getNodeValue());
            }
        }
        return s.toString();
    }

    private static List<String> texts(Element root) {
        return all(root, "text").stream().map(SvgChartTest::ownText).toList();
    }

    private static double[] box(Element g) {
        String[] p = g.getAttribute("data-box").split(" ");
        assertEquals(4, p.length, "data-box of " + g.getAttribute("class"));
        return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3])};
    }

    private static double number(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        return v.isEmpty() ? 0 : Double.parseDouble(v);
    }

    private static double inherited(Element e, String attribute, double otherwise) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute(attribute)) {
                return Double.parseDouble(el.getAttribute(attribute));
            }
        }
        return otherwise;
    }

    /** A text's box as the renderer's layout estimates it (x, y, width, height), wide enough for any sans-serif font. */
    private static double[] textBox(Element t) {
        double size = inherited(t, "font-size", 12);
        double w = Svg.width(ownText(t), size, "bold".equals(t.getAttribute("font-weight")));
        double x = number(t, "x");
        String anchor = t.getAttribute("text-anchor").isEmpty() && t.getParentNode() instanceof Element p ? p.getAttribute("text-anchor")
                : t.getAttribute("text-anchor");
        double left = switch (anchor) {
            case "middle" -> x - w / 2;
            case "end" -> x - w;
            default -> x;
        };
        double y = number(t, "y");
        Matcher rotate = Pattern.compile("rotate\\(-(\\d+)").matcher(t.getAttribute("transform"));
        if (rotate.find()) {
            // rotated by -a degrees about (x, y): the text runs along (cos a, -sin a) from its start
            double a = Math.toRadians(Double.parseDouble(rotate.group(1)));
            double start = left - x;
            double x1 = x + start * Math.cos(a);
            double y1 = y - start * Math.sin(a);
            double x2 = x1 + w * Math.cos(a);
            double y2 = y1 - w * Math.sin(a);
            return new double[] {Math.min(x1, x2) - size, Math.min(y1, y2) - size, Math.abs(x2 - x1) + 1.3 * size,
                    Math.abs(y2 - y1) + 1.3 * size};
        }
        return new double[] {left, y - size, w, size * 1.3};
    }

    private static boolean intersect(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    private static String describe(double[] b) {
        return String.format(Locale.ROOT, "[x %.1f y %.1f w %.1f h %.1f]", b[0], b[1], b[2], b[3]);
    }

    // ---- tests ----

    @Test
    void everyChartIsWellFormedSvgNamedByItsTitleAndDescription() {
        for (Chart chart : all()) {
            String svg = SvgChart.render(chart);
            Element root = parse(svg);
            assertEquals(SVG_NS, root.getNamespaceURI(), chart.id());
            assertEquals("svg", root.getLocalName());
            assertEquals("img", root.getAttribute("role"));
            String[] ids = root.getAttribute("aria-labelledby").split(" ");
            assertEquals(2, ids.length, chart.id());
            Element title = all(root, "title").getFirst();
            Element desc = all(root, "desc").getFirst();
            assertEquals(ids[0], title.getAttribute("id"));
            assertEquals(ids[1], desc.getAttribute("id"));
            assertTrue(title.getTextContent().endsWith(chart.title()), title.getTextContent());
            assertEquals(chart.textAlternative(), desc.getTextContent());
            String[] viewBox = root.getAttribute("viewBox").split(" ");
            assertEquals("760", viewBox[2]);
            assertEquals(viewBox[3], root.getAttribute("height"), "the height is the viewBox's");
            assertTrue(root.getAttribute("style").contains("max-width:100%"), "scales down with its container");
            assertTrue(all(root, "script").isEmpty() && !svg.contains("href") && !svg.contains("url(") && !svg.contains("<style"),
                    chart.id() + ": no script, no link, no global style");
        }
    }

    @Test
    void everyBarPointWhiskerAndLineHasATooltip() {
        for (Chart chart : all()) {
            Element plot = group(parse(SvgChart.render(chart)), "plot");
            int marks = 0;
            for (String name : List.of("rect", "circle", "path")) {
                for (Element e : all(plot, name)) {
                    Element title = titleOf(e);
                    assertNotNull(title, chart.id() + ": <" + name + "> without a <title>");
                    assertFalse(title.getTextContent().isBlank(), chart.id());
                    marks++;
                }
            }
            assertTrue(marks > 0, chart.id() + " draws marks");
        }
    }

    @Test
    void barsCarryTheirTextsAndTooltipsNameSeriesCategoryAndInterval() {
        Element root = parse(SvgChart.render(profile(Language.DA)));
        List<String> texts = texts(root);
        for (String label : List.of("34,5 %", "22,1 %", "12,0 %", "8,3 %", "30,1 %", "15,5 %")) {
            assertTrue(texts.contains(label), "value label " + label + " in " + texts);
        }
        List<String> tips = all(group(root, "plot"), "rect").stream().map(r -> titleOf(r).getTextContent()).toList();
        assertTrue(tips.contains("Egne sager (SYNTETISK) (n = 34) – Udviklingshæmning: 34,5 % (interval 28,5–41,5)"), tips.toString());
        List<String> whiskers = all(group(root, "plot"), "path").stream().map(p -> titleOf(p).getTextContent()).toList();
        assertTrue(whiskers.contains("Referencedata (SYNTETISK) (n = 683) – Autisme: interval 13,5–17,5"), whiskers.toString());
        assertEquals(9, tips.size(), "one bar per shown value");
        assertEquals(9, whiskers.size(), "one whisker per shown interval");
    }

    @Test
    void aValueNotShownDrawsNoBarButItsText() {
        Element plot = group(parse(SvgChart.render(profile(Language.DA))), "plot");
        assertTrue(all(plot, "rect").stream().noneMatch(r -> titleOf(r).getTextContent().startsWith("Egne sager (SYNTETISK) (n = 34) – Autisme")),
                "no bar for the suppressed value");
        Element lessThanFive = all(plot, "text").stream().filter(t -> ownText(t).equals("<5")).findFirst()
                .orElseThrow(() -> new AssertionError("the suppressed value's text is written"));
        assertEquals("Egne sager (SYNTETISK) (n = 34) – Autisme: <5", titleOf(lessThanFive).getTextContent());

        Element columns = group(parse(SvgChart.render(costs(Language.DA))), "plot");
        assertEquals(25, all(columns, "rect").size(), "13 + 12 columns: the value not shown has none");
        assertTrue(all(columns, "text").stream().anyMatch(t -> ownText(t).equals("·") && titleOf(t) != null));

        Element stacked = group(parse(SvgChart.render(flows())), "plot");
        assertEquals(11, all(stacked, "rect").size(), "12 segments less the one suppressed");
        assertTrue(all(stacked, "text").stream().anyMatch(t -> ownText(t).equals("<5")
                && titleOf(t).getTextContent().equals("Mere indgribende – Efter 12 måneder: <5")));
    }

    @Test
    void stackedBarsLabelEverySegmentInsideOrUnderTheBar() {
        Element plot = group(parse(SvgChart.render(flows())), "plot");
        List<String> texts = texts(plot);
        for (String label : List.of("60 %", "25 %", "12 %", "3 %", "40 %", "15 %", "5 %", "20 %", "50 %", "30 %")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
        Element narrow = all(plot, "text").stream().filter(t -> ownText(t).equals("3 %")).findFirst().orElseThrow();
        assertNotNull(titleOf(narrow), "a label under the bar says whose it is");
    }

    @Test
    void theLegendLiesAboveThePlotAndClearOfEveryAxisText() {
        for (Chart chart : all()) {
            Element root = parse(SvgChart.render(chart));
            Element legend = group(root, "legend");
            double[] lb = box(legend);
            double[] pb = box(group(root, "plot"));
            assertFalse(intersect(lb, pb), chart.id() + ": legend " + describe(lb) + " over the plot " + describe(pb));
            assertTrue(lb[1] + lb[3] < pb[1], chart.id() + ": the legend is above the plot");
            for (Element t : all(group(root, "axes"), "text")) {
                double[] tb = textBox(t);
                assertFalse(intersect(lb, tb), chart.id() + ": legend " + describe(lb) + " over '" + ownText(t) + "' " + describe(tb));
            }
            for (Element t : all(legend, "text")) {
                double[] tb = textBox(t);
                assertTrue(tb[0] >= lb[0] && tb[0] + tb[2] <= lb[0] + lb[2] + 0.5 && tb[1] >= lb[1] && tb[1] + tb[3] <= lb[1] + lb[3] + 0.5,
                        chart.id() + ": legend entry '" + ownText(t) + "' " + describe(tb) + " inside the legend's box " + describe(lb));
            }
            for (String name : List.of("rect", "circle", "path")) {
                for (Element e : all(root, name)) {
                    if (!(e.getParentNode() instanceof Element p && "legend".equals(p.getAttribute("class")))) {
                        double y = name.equals("circle") ? number(e, "cy") : number(e, "y");
                        assertTrue(!e.hasAttribute("y") && !e.hasAttribute("cy") || y >= lb[1] + lb[3] || y + number(e, "height") <= lb[1]
                                || e.getAttribute("width").equals("100%"), chart.id() + ": <" + name + "> at y " + y + " in the legend");
                    }
                }
            }
        }
    }

    @Test
    void aWideLegendWrapsIntoRowsAndPushesThePlotDown() {
        Element root = parse(SvgChart.render(wideLegend()));
        double[] lb = box(group(root, "legend"));
        assertTrue(lb[3] >= 60, "nine long entries take at least three rows: " + describe(lb));
        assertEquals(9, all(group(root, "legend"), "text").size());
        assertTrue(box(group(root, "plot"))[1] > lb[1] + lb[3]);
    }

    @Test
    void seriesLeftOutOfTheLegendAreNotListed() {
        List<String> legend = texts(group(parse(SvgChart.render(funnel(Language.DA))), "legend"));
        assertEquals(List.of("Egen kommune", "Andre kommuner", "Gennemsnit", "95 %-grænse"), legend);
    }

    @Test
    void logarithmicAxesTickAtOneTwoAndFiveTimesPowersOfTen() {
        Element axes = group(parse(SvgChart.render(funnel(Language.DA))), "axes");
        List<String> texts = texts(axes);
        for (String tick : List.of("2.000", "5.000", "10.000", "20.000", "50.000", "100.000", "200.000", "500.000")) {
            assertTrue(texts.contains(tick), tick + " in " + texts);
        }
        Scale scale = Scale.of(Axis.log("x"), 3, 700, false);
        assertEquals(List.of(2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0), scale.ticks());
        Scale wide = Scale.of(Axis.log("x"), 0.5, 2_000_000, false);
        assertEquals(List.of(0.1, 1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0, 10000000.0), wide.ticks(),
                "more than ten ticks: powers of ten only");
        assertEquals("0,5", Scale.of(Axis.log("x"), 0.4, 3, false).label(0.5, new dk.casescreen.NumberFormats(Language.DA)));
    }

    @Test
    void linearAxesTickAtNiceSteps() {
        assertEquals(List.of(0.0, 10.0, 20.0, 30.0, 40.0, 50.0), Scale.of(Axis.linear("y"), 0, 41.5, true).ticks());
        assertEquals(List.of(0.0, 2.5, 5.0, 7.5, 10.0, 12.5), Scale.of(Axis.linear("y"), 0, 11, true).ticks());
        assertEquals(List.of(-5.0, 0.0, 5.0, 10.0, 15.0, 20.0), Scale.of(Axis.linear("y"), -4, 19, true).ticks());
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), Scale.of(Axis.linear("y"), Double.NaN, Double.NaN, true).ticks(), "no data: 0 to 1");
    }

    @Test
    void tickLabelsAreInTheChartsLanguage() {
        List<String> danish = texts(group(parse(SvgChart.render(costs(Language.DA))), "axes"));
        List<String> english = texts(group(parse(SvgChart.render(costs(Language.EN))), "axes"));
        assertTrue(danish.contains("2.000.000") && danish.contains("500.000"), danish.toString());
        assertTrue(english.contains("2,000,000") && english.contains("500,000"), english.toString());
        Chart small = Chart.builder(ChartKind.HORIZONTAL_BARS, "lille", "Lille", Language.DA).categories("", List.of("a"))
                .valueAxis(Axis.linear("x")).series(Series.bars("s", Role.PRIMARY, List.of(Datum.bar(0, 11, "11")))).build();
        assertTrue(texts(group(parse(SvgChart.render(small)), "axes")).contains("2,5"));
        Chart smallEn = Chart.builder(ChartKind.HORIZONTAL_BARS, "lille", "Small", Language.EN).categories("", List.of("a"))
                .valueAxis(Axis.linear("x")).series(Series.bars("s", Role.PRIMARY, List.of(Datum.bar(0, 11, "11")))).build();
        assertTrue(texts(group(parse(SvgChart.render(smallEn)), "axes")).contains("2.5"));
    }

    @Test
    void theBannerIsDrawnAboveEverythingAndNamedWithTheTitle() {
        Element root = parse(SvgChart.render(profile(Language.DA)));
        Element banner = all(root, "text").stream().filter(t -> "banner".equals(t.getAttribute("class"))).findFirst()
                .orElseThrow(() -> new AssertionError("no banner"));
        assertEquals("SYNTETISKE DATA – ingen rigtige borgere", ownText(banner));
        assertTrue(number(banner, "y") < box(group(root, "legend"))[1]);
        assertTrue(all(root, "title").getFirst().getTextContent().startsWith("SYNTETISKE DATA"));
        assertTrue(all(parse(SvgChart.render(flows())), "text").stream().noneMatch(t -> "banner".equals(t.getAttribute("class"))));
    }

    @Test
    void scatterPointsHaveTheirNameAndValuesAndHighlightedOnesAreNamedOnThePlot() {
        Element plot = group(parse(SvgChart.render(funnel(Language.DA))), "plot");
        List<Element> circles = all(plot, "circle");
        assertEquals(62, circles.size());
        assertTrue(circles.stream().anyMatch(c -> titleOf(c).getTextContent().equals("Aarhus & Omegn: 45.000; 1,90")),
                circles.stream().map(c -> titleOf(c).getTextContent()).toList().toString());
        Element aarhus = circles.stream().filter(c -> titleOf(c).getTextContent().startsWith("Aarhus")).findFirst().orElseThrow();
        assertTrue(number(aarhus, "r") > number(circles.getFirst(), "r"), "bigger");
        assertEquals("#000", aarhus.getAttribute("stroke"), "outlined");
        assertTrue(texts(plot).containsAll(List.of("Aarhus & Omegn", "Læsø")), "named on the plot");
        List<Element> paths = all(plot, "path");
        assertEquals(3, paths.size(), "average and two limit lines");
        assertTrue(paths.stream().anyMatch(p -> "7 4".equals(p.getAttribute("stroke-dasharray"))), "dashed for black-and-white print");
    }

    @Test
    void manyCategoriesMakeATallerChartAndLongLabelsAreWrappedOrShortenedWithTheWholeLabelInATooltip() {
        double few = Double.parseDouble(parse(SvgChart.render(many(ChartKind.HORIZONTAL_BARS, 5))).getAttribute("height"));
        Element root = parse(SvgChart.render(many(ChartKind.HORIZONTAL_BARS, 24)));
        double tall = Double.parseDouble(root.getAttribute("height"));
        assertTrue(tall > few + 19 * 20, few + " for 5 categories, " + tall + " for 24");
        Element profile = group(parse(SvgChart.render(profile(Language.DA))), "axes");
        String longest = TARGET_GROUPS.get(1);
        List<Element> lines = all(profile, "text").stream()
                .filter(t -> ownText(t).length() > 3 && longest.contains(ownText(t).replace("…", "").strip())).toList();
        assertTrue(lines.size() >= 2 && lines.size() <= 3, "wrapped on 2 or 3 lines: " + lines.stream().map(SvgChartTest::ownText).toList());
        assertTrue(lines.stream().anyMatch(t -> titleOf(t) != null && titleOf(t).getTextContent().equals(longest)), "the whole label as tooltip");
        double left = box(group(parse(SvgChart.render(profile(Language.DA))), "plot"))[0];
        for (Element t : all(profile, "text")) {
            double[] b = textBox(t);
            assertTrue(b[0] >= 0 && b[0] + b[2] <= 760, "'" + ownText(t) + "' inside the chart " + describe(b));
            if ("end".equals(t.getAttribute("text-anchor")) && number(t, "x") < left) {
                assertTrue(b[0] + b[2] < left, "category label left of the plot");
            }
        }
        Element columns = parse(SvgChart.render(many(ChartKind.VERTICAL_BARS, 24)));
        List<Element> slanted = all(group(columns, "axes"), "text").stream().filter(t -> t.getAttribute("transform").startsWith("rotate(-45")).toList();
        assertEquals(24, slanted.size(), "24 labels slanted");
        assertTrue(slanted.stream().allMatch(t -> titleOf(t) != null), "shortened, with the whole label as tooltip");
        for (Element t : slanted) {
            double w = Svg.width(ownText(t), 12) * 0.71;
            assertTrue(number(t, "x") - w >= 0, "'" + ownText(t) + "' does not run off the left edge");
        }
    }

    @Test
    void textIsEscapedAndComesBackUnchanged() {
        Chart chart = Chart.builder(ChartKind.HORIZONTAL_BARS, "esc<>", "A & B <c> \"d\"", Language.EN).categories("", List.of("x < y & z"))
                .valueAxis(Axis.linear("\"v\"")).series(Series.bars("<s>", Role.PRIMARY, List.of(Datum.bar(0, 1, "1 & 2"))))
                .textAlternative("alt <script>").build();
        Element root = parse(SvgChart.render(chart));
        assertTrue(texts(root).containsAll(List.of("A & B <c> \"d\"", "x < y & z", "1 & 2", "<s>")), texts(root).toString());
        assertEquals("alt <script>", all(root, "desc").getFirst().getTextContent());
        assertTrue(all(root, "script").isEmpty());
    }

    @Test
    void coordinatesHaveAtMostOneDecimalAndATypicalChartStaysSmall() {
        for (Chart chart : all()) {
            String svg = SvgChart.render(chart);
            Matcher m = Pattern.compile("\\d\\.\\d\\d").matcher(svg.replaceAll(">[^<]*<", "><").replace("stroke-width=\"1.5\"", ""));
            assertFalse(m.find(), chart.id() + ": a number with two decimals: " + (m.find(0) ? svg.substring(Math.max(0, m.start() - 40), m.end() + 10) : ""));
        }
        Map<String, Integer> limits = Map.of("profil-target_group", 9_000, "tragt", 14_000, "udgift", 10_000);
        Predicate<Chart> limited = c -> limits.containsKey(c.id());
        for (Chart chart : all().stream().filter(limited).toList()) {
            int bytes = SvgChart.render(chart).getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes < limits.get(chart.id()), chart.id() + " weighs " + bytes + " bytes");
        }
    }

    @Test
    void highlightedBarsAreOutlinedAndTheirLabelsBold() {
        Chart chart = Chart.builder(ChartKind.VERTICAL_BARS, "fremhaevet", "Fremhævet", Language.DA).categories("", List.of("a", "b"))
                .valueAxis(Axis.linear("x")).series(Series.bars("s", Role.PRIMARY, List.of(Datum.bar(0, 3, "3").highlight(), Datum.bar(1, 4, "4"))))
                .build();
        Element plot = group(parse(SvgChart.render(chart)), "plot");
        List<Element> rects = all(plot, "rect");
        assertEquals("#000", rects.get(0).getAttribute("stroke"));
        assertEquals("", rects.get(1).getAttribute("stroke"));
        assertTrue(all(plot, "text").stream().anyMatch(t -> ownText(t).equals("3") && "bold".equals(t.getAttribute("font-weight"))));
    }
}
