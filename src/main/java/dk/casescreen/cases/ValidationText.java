package dk.casescreen.cases;

import dk.casescreen.Language;
import dk.casescreen.Privacy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a validation report as plain text for a terminal, in Danish or English. Errors are
 * listed one by one; warnings of the same kind in the same column are gathered on one line
 * listing their rows, so that a sheet with many blanks stays readable.
 */
public final class ValidationText {

    private static final int ROWS_SHOWN = 12;

    private ValidationText() {
    }

    /** The report as text; anything that looks like a CPR number is masked ({@link Privacy#mask}). */
    public static String render(ValidationReport report, Language language) {
        return render(report, DataOrigin.OBSERVED, language);
    }

    /** The report of a load as text, labelled SYNTETISK/SYNTHETIC when the cases loaded are synthetic. */
    public static String render(LoadResult load, Language language) {
        return render(load.report(), load.cases().origin(), language);
    }

    private static String render(ValidationReport report, DataOrigin origin, Language language) {
        boolean da = language == Language.DA;
        StringBuilder out = new StringBuilder();
        out.append(da ? "Valideringsrapport" : "Validation report")
                .append(origin.isSynthetic() ? (da ? " (SYNTETISKE data: ingen rigtige borgere)" : " (SYNTHETIC data: no real citizens)") : "")
                .append(" (")
                .append(report.mode() == LoadMode.STRICT ? (da ? "streng: en fil med fejl afvises helt" : "strict: a file with errors is rejected whole")
                        : (da ? "lempelig: gyldige rækker beholdes" : "lenient: valid rows are kept"))
                .append(")\n\n");
        out.append(da ? "Filer" : "Files").append('\n');
        for (FileAccount f : report.files()) {
            out.append("  ").append(f.location().describe(language)).append(": ")
                    .append(count(f.read(), da ? "række læst" : "row read", da ? "rækker læst" : "rows read")).append(", ")
                    .append(f.accepted()).append(da ? " godkendt, " : " accepted, ")
                    .append(f.rejected()).append(da ? " afvist" : " rejected")
                    .append(f.wholeFileRejected() ? (da ? " (hele filen afvist pga. fejl)" : " (whole file rejected for its errors)") : "")
                    .append(f.template().map(t -> (da ? " [udfyldningsark til skemaversion " : " [fill-in workbook for sheet version ")
                            + t.sheetVersion() + "]").orElse(""))
                    .append(report.hasDatedRounds() && !f.rounds().isEmpty()
                            ? (da ? " [runde " : " [round ") + String.join(", ", f.rounds().stream().map(String::valueOf).toList()) + "]"
                            : "")
                    .append('\n');
        }
        if (report.hasDatedRounds()) {
            out.append('\n').append(da ? "Screeningsrunder" : "Screening rounds").append('\n');
            report.rounds().forEach(r -> out.append("  ").append(r.describe(language)).append('\n'));
        }
        List<Problem> errors = report.problems(Severity.ERROR);
        out.append('\n').append(da ? "Fejl" : "Errors").append(" (").append(errors.size()).append(")\n");
        errors.forEach(p -> out.append("  ").append(p.describe(language)).append('\n'));
        List<Problem> warnings = report.problems(Severity.WARNING);
        out.append('\n').append(da ? "Advarsler" : "Warnings").append(" (").append(warnings.size()).append(")\n");
        for (List<Problem> group : groups(warnings)) {
            out.append("  ").append(describeGroup(group, language)).append('\n');
        }
        if (!report.rejectedRows().isEmpty()) {
            out.append('\n').append(da ? "Afviste rækker" : "Rejected rows").append(" (").append(report.rejectedRows().size()).append(")\n");
            for (RejectedRow r : report.rejectedRows()) {
                out.append("  ").append(r.location().describe(language)).append(": ")
                        .append(r.rejectedWithFile() ? (da ? "afvist sammen med filen" : "rejected with its file")
                                : count(r.errors().size(), da ? "fejl" : "error", da ? "fejl" : "errors"))
                        .append('\n');
            }
        }
        out.append('\n').append(da ? "I alt: " : "In all: ")
                .append(report.read()).append(da ? " læst = " : " read = ")
                .append(report.accepted()).append(da ? " godkendt + " : " accepted + ")
                .append(report.rejected()).append(da ? " afvist" : " rejected").append('\n');
        return Privacy.mask(out.toString());
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static List<List<Problem>> groups(List<Problem> problems) {
        Map<String, List<Problem>> groups = new LinkedHashMap<>();
        for (Problem p : problems) {
            Location l = p.location();
            String key = p.rule() + "|" + l.file() + "|" + l.sheet().orElse("") + "|" + l.column().orElse("") + "|"
                    + p.question().orElse("") + "|" + (l.row() == 0 ? "file" : "row") + "|" + p.message().en();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        return new ArrayList<>(groups.values());
    }

    private static String describeGroup(List<Problem> group, Language language) {
        Problem first = group.getFirst();
        if (group.size() == 1) {
            return first.describe(language);
        }
        boolean da = language == Language.DA;
        Location l = first.location();
        String place = l.file() + l.sheet().map(s -> ", " + (da ? "ark " : "sheet ") + s).orElse("")
                + l.column().map(c -> ", " + (da ? "kolonne " : "column ") + c).orElse("")
                + first.question().map(q -> " (" + q + ")").orElse("");
        List<String> rows = group.stream().limit(ROWS_SHOWN).map(p -> Long.toString(p.location().row())).toList();
        String more = group.size() > ROWS_SHOWN ? (da ? " og " : " and ") + (group.size() - ROWS_SHOWN) + (da ? " flere" : " more") : "";
        return Privacy.display(place + ": " + first.message().in(language)) + (da ? " i " : " in ") + group.size()
                + (da ? " rækker: " : " rows: ") + String.join(", ", rows) + more;
    }
}
