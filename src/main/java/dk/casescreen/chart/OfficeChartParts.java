package dk.casescreen.chart;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTAxDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTErrBars;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrBarType;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrValType;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/**
 * The parts of a native chart that POI's XDDF layer does not cover, written at the DrawingML level:
 * value labels, custom error bars, marker sizes and colours, and complete point counts. POI's slim
 * schema jar (poi-ooxml-lite) lacks a few of the types involved (a single label, the overlap's and
 * the marker size's values); those are written as XML or attribute text.
 */
final class OfficeChartParts {

    static final double LABEL_SIZE = 9;
    static final String TEXT_COLOUR = "333333";
    private static final String C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private OfficeChartParts() {
    }

    /** Custom error bars: plus the distance to the upper end, minus to the lower; none where the value is not shown. */
    static void errorBars(Series s, int length, CTErrBars bars, boolean vertical) {
        if (vertical) {
            bars.addNewErrDir().setVal(STErrDir.Y);
        }
        bars.addNewErrBarType().setVal(STErrBarType.BOTH);
        bars.addNewErrValType().setVal(STErrValType.CUST);
        bars.addNewNoEndCap().setVal(false);
        CTNumData plus = bars.addNewPlus().addNewNumLit();
        CTNumData minus = bars.addNewMinus().addNewNumLit();
        plus.addNewPtCount().setVal(length);
        minus.addNewPtCount().setVal(length);
        for (int i = 0; i < s.data().size(); i++) {
            Datum d = s.data().get(i);
            if (d.shown() && d.hasInterval()) {
                CTNumVal p = plus.addNewPt();
                p.setIdx(i);
                p.setV(Double.toString(d.high() - d.y()));
                CTNumVal m = minus.addNewPt();
                m.setIdx(i);
                m.setV(Double.toString(d.y() - d.low()));
            }
        }
        var line = bars.addNewSpPr().addNewLn();
        line.setW(9525);
        line.addNewSolidFill().addNewSrgbClr().setVal(Role.CONTEXT.rgb());
    }

    static void valueLabels(CTDLbls labels, String format, STDLblPos.Enum position) {
        labels.addNewNumFmt().setFormatCode(format);
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewSpPr().addNewNoFill();
        labels.setTxPr(labelText());
        labels.addNewDLblPos().setVal(position);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    /**
     * Names the highlighted points of a scatter series (the own municipality) to their right. POI's
     * slim schema jar lacks the type of a single label ({@code c:dLbl}), so the labels are written
     * as XML; Office and LibreOffice read them as usual.
     */
    static void highlightLabels(CTDLbls labels, Series s) {
        StringBuilder xml = new StringBuilder("<c:dLbls xmlns:c=\"" + C_NS + "\" xmlns:a=\"" + A_NS + "\">");
        for (int i = 0; i < s.data().size(); i++) {
            Datum d = s.data().get(i);
            if (d.highlighted() && d.shown()) {
                xml.append("<c:dLbl><c:idx val=\"").append(i).append("\"/><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:rPr lang=\"da-DK\" sz=\"")
                        .append((int) (LABEL_SIZE * 100)).append("\" b=\"1\"/><a:t>").append(escape(d.text()))
                        .append("</a:t></a:r></a:p></c:rich></c:tx><c:dLblPos val=\"r\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"0\"/>")
                        .append("<c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbl>");
            }
        }
        xml.append("</c:dLbls>");
        try (XmlCursor from = XmlObject.Factory.parse(xml.toString()).newCursor(); XmlCursor to = labels.newCursor()) {
            from.toFirstChild();
            to.toEndToken();
            if (from.toFirstChild()) {
                do {
                    from.copyXml(to);
                } while (from.toNextSibling());
            }
        } catch (XmlException e) {
            throw new IllegalStateException("label XML", e);
        }
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    static String escape(String text) {
        return dk.casescreen.Privacy.mask(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static CTTextBody labelText() {
        CTTextBody body = CTTextBody.Factory.newInstance();
        body.addNewBodyPr();
        body.addNewLstStyle();
        CTTextCharacterProperties props = body.addNewP().addNewPPr().addNewDefRPr();
        props.setSz((int) (LABEL_SIZE * 100));
        props.addNewSolidFill().addNewSrgbClr().setVal(hex(TEXT_COLOUR));
        return body;
    }

    /**
     * POI leaves out a cache's point count when no point has a value; a reader needs it to know
     * how many points the series has, all of them empty.
     */
    static void completePointCounts(Chart chart, XDDFChartData plot) {
        for (int k = 0; k < plot.getSeriesCount(); k++) {
            int n = OfficeCharts.pointCount(chart);
            List<CTNumData> caches = new ArrayList<>();
            if (plot.getSeries(k) instanceof XDDFBarChartData.Series bar) {
                caches.add(cache(bar.getCTBarSer().getVal()));
                if (bar.getCTBarSer().isSetErrBars()) {
                    caches.add(cache(bar.getCTBarSer().getErrBars().getPlus()));
                    caches.add(cache(bar.getCTBarSer().getErrBars().getMinus()));
                }
            } else if (plot.getSeries(k) instanceof XDDFScatterChartData.Series scatter) {
                CTAxDataSource x = scatter.getCTScatterSer().getXVal();
                caches.add(x.isSetNumRef() ? x.getNumRef().getNumCache() : x.getNumLit());
                caches.add(cache(scatter.getCTScatterSer().getYVal()));
                for (CTErrBars e : scatter.getCTScatterSer().getErrBarsList()) {
                    caches.add(cache(e.getPlus()));
                    caches.add(cache(e.getMinus()));
                }
            }
            for (CTNumData cache : caches) {
                if (cache != null && !cache.isSetPtCount()) {
                    cache.addNewPtCount().setVal(n);
                }
            }
        }
    }

    static CTNumData cache(CTNumDataSource source) {
        return source.isSetNumRef() ? source.getNumRef().getNumCache() : source.getNumLit();
    }

    static void markerSize(CTMarker marker, int size) {
        attribute(marker.isSetSize() ? marker.getSize() : marker.addNewSize(), "val", Integer.toString(size));
    }

    /** Sets an attribute as text, for the value types POI's slim schema jar lacks. */
    static void attribute(XmlObject element, String name, String value) {
        try (XmlCursor c = element.newCursor()) {
            c.setAttributeText(new QName("", name), value);
        }
    }

    static void markerColour(CTMarker marker, byte[] rgb) {
        var shape = marker.isSetSpPr() ? marker.getSpPr() : marker.addNewSpPr();
        shape.addNewSolidFill().addNewSrgbClr().setVal(rgb);
        shape.addNewLn().addNewSolidFill().addNewSrgbClr().setVal(rgb);
    }

    private static byte[] hex(String hex) {
        int v = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
