package dk.casescreen.reference;

import dk.casescreen.Language;
import java.util.List;
import java.util.Locale;

/** Writes a calibration table as text, marked as synthetic data. */
public final class CalibrationText {

    private CalibrationText() {
    }

    /** The table as text; {@code what} names the data set. */
    public static String render(List<CalibrationRow> rows, String what, Language language) {
        boolean da = language == Language.DA;
        StringBuilder out = new StringBuilder();
        out.append(da ? "SYNTETISKE DATA - kalibrering mod de offentliggjorte tal (" : "SYNTHETIC DATA - calibration against the published figures (")
                .append(what).append(")\n\n");
        out.append(String.format(Locale.ROOT, "%-38s %9s %11s %9s %17s  %s%n", da ? "tal" : "figure",
                da ? "offentl." : "published", da ? "antal/n" : "count/n", da ? "syntetisk" : "synthetic",
                da ? "95 %-interval" : "95% interval", da ? "inden for" : "within"));
        int within = 0;
        for (CalibrationRow r : rows) {
            boolean ok = r.publishedWithinInterval();
            within += ok ? 1 : 0;
            out.append(String.format(Locale.ROOT, "%-38s %9s %11s %9s %17s  %s%n", r.figure().id(), percent(r.figure().share(), da),
                    r.count() + "/" + r.n(), percent(r.estimate(), da),
                    percent(r.confLow(), da) + "-" + percent(r.confHigh(), da), ok ? (da ? "ja" : "yes") : (da ? "NEJ" : "NO")));
        }
        out.append('\n').append(within).append(da ? " af " : " of ").append(rows.size())
                .append(da ? " offentliggjorte tal ligger i det syntetiske datasæts 95 %-interval (ved ren tilfældighed ventes ca. 5 % udenfor).\n"
                        : " published figures lie within the synthetic data's 95% interval (about 5% are expected outside by chance alone).\n");
        for (CalibrationRow r : rows) {
            out.append("  ").append(r.figure().id()).append(": ").append(r.figure().text().in(language)).append('\n');
        }
        return out.toString();
    }

    private static String percent(double share, boolean danish) {
        if (Double.isNaN(share)) {
            return "-";
        }
        String s = String.format(Locale.ROOT, "%.1f%%", 100 * share);
        return danish ? s.replace('.', ',') : s;
    }
}
