package dk.casescreen.report;

import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.FileAccount;
import dk.casescreen.cases.Location;
import dk.casescreen.cases.Problem;
import dk.casescreen.cases.Rule;
import dk.casescreen.cases.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Data quality of the own municipalities' files only (a file holding other municipalities' cases is
 * counted, not described): rows read, accepted and rejected, problems by kind, and in the internal
 * edition where they are.
 */
final class QualitySection {

    private static final int LISTED = 30;

    private QualitySection() {
    }

    /**
     * A file read, as the report shows it.
     *
     * @param file     where it is
     * @param read     rows read
     * @param accepted rows accepted
     * @param rejected rows rejected ("&lt;5" in the shared edition when 1 to 4)
     */
    record FileRow(String file, String read, String accepted, String rejected) {
    }

    /**
     * A kind of problem found, as the report shows it.
     *
     * @param problem  the kind in words
     * @param severity error or warning
     * @param count    how many ("&lt;5" in the shared edition when 1 to 4)
     */
    record ProblemRow(String problem, String severity, String count) {
    }

    /** The own municipalities' files with their rows read, accepted and rejected. */
    static List<FileRow> files(ReportInput in, ReportContext ctx) {
        Set<String> ownFiles = ownFiles(in);
        return in.validation().files().stream().filter(f -> ownFiles.contains(f.location().file())).map(f -> {
            boolean hideRejected = ctx.disclosure().isShared() && f.rejected() > 0 && f.rejected() < ctx.threshold();
            return new FileRow(shown(f.location(), in, ctx).describe(ctx.language()), hideRejected ? ReportContext.SECONDARY_MARK : ctx.f().integer(f.read()),
                    ctx.f().integer(f.accepted()), hideRejected ? Disclosure.suppressedText(ctx.threshold()) : ctx.f().integer(f.rejected()));
        }).toList();
    }

    /** "3 andre filer med andre kommuners sager ...", or empty when every file read is the own municipalities'. */
    static Optional<String> otherFilesNote(ReportInput in, ReportContext ctx) {
        long others = in.validation().files().size() - files(in, ctx).size();
        return others == 0 ? Optional.empty() : Optional.of(ctx.t(others + " andre filer med andre kommuners sager er læst med; deres "
                + "datakvalitet vises kun i de kommuners egne rapporter.", others + " other files with other municipalities' cases were read "
                + "too; their data quality is shown only in those municipalities' own reports."));
    }

    /** The problems in the own files by kind. */
    static List<ProblemRow> problems(ReportInput in, ReportContext ctx) {
        Map<Rule, Long> byRule = new TreeMap<>();
        ownProblems(in).forEach(p -> byRule.merge(p.rule(), 1L, Long::sum));
        List<ProblemRow> rows = new ArrayList<>();
        byRule.forEach((rule, count) -> rows.add(new ProblemRow(title(rule, ctx),
                rule.severity() == Severity.ERROR ? ctx.t("fejl", "error") : ctx.t("advarsel", "warning"),
                ctx.disclosure().isShared() && count < ctx.threshold() ? Disclosure.suppressedText(ctx.threshold()) : ctx.f().integer(count))));
        return rows;
    }

    /** Where the problems are (the internal edition only; empty in the shared one), at most {@value #LISTED} and a line for the rest. */
    static List<String> places(ReportInput in, ReportContext ctx) {
        List<Problem> own = ownProblems(in);
        if (ctx.disclosure().isShared() || own.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(own.stream().limit(LISTED).map(p -> describe(p, in, ctx)).toList());
        if (own.size() > LISTED) {
            out.add(ctx.t("... og ", "... and ") + (own.size() - LISTED)
                    + ctx.t(" flere: kør casescreen validate for hele listen.", " more: run casescreen validate for the whole list."));
        }
        return out;
    }

    /** Which denominators the shares use. */
    static String denominatorsNote(ReportContext ctx) {
        return ctx.t("Nævnere: hver andel er af de sager, der besvarede spørgsmålet; ikke besvaret og ikke relevant "
                + "(betingede spørgsmål 13, 18, 22) er udeladt og talt for sig under Hvem er de.", "Denominators: every share is of the cases "
                + "that answered the question; not answered and not applicable (conditional questions 13, 18, 22) are left out and counted "
                + "apart under Who are they.");
    }

    static String html(ReportInput in, ReportContext ctx) {
        StringBuilder s = new StringBuilder("<table class=\"files\">\n<tr><th>").append(Html.esc(ctx.t("Fil", "File"))).append("</th><th>")
                .append(Html.esc(ctx.t("Læst", "Read") + ctx.syntheticSuffix(in.cases().origin().isSynthetic()))).append("</th><th>")
                .append(Html.esc(ctx.t("Godkendt", "Accepted"))).append("</th><th>")
                .append(Html.esc(ctx.t("Afvist", "Rejected"))).append("</th></tr>\n");
        for (FileRow f : files(in, ctx)) {
            s.append("<tr><td>").append(Html.esc(f.file())).append("</td><td class=\"num\">").append(Html.esc(f.read()))
                    .append("</td><td class=\"num\">").append(Html.esc(f.accepted())).append("</td><td class=\"num\">")
                    .append(Html.esc(f.rejected())).append("</td></tr>\n");
        }
        s.append("</table>\n");
        otherFilesNote(in, ctx).ifPresent(note -> s.append("<p>").append(Html.esc(note)).append("</p>\n"));
        s.append("<table class=\"problems\">\n<tr><th>").append(Html.esc(ctx.t("Problem", "Problem"))).append("</th><th>")
                .append(Html.esc(ctx.t("Alvor", "Severity"))).append("</th><th>").append(Html.esc(ctx.t("Antal", "Count"))).append("</th></tr>\n");
        for (ProblemRow p : problems(in, ctx)) {
            s.append("<tr><td>").append(Html.esc(p.problem())).append("</td><td>").append(Html.esc(p.severity()))
                    .append("</td><td class=\"num\">").append(Html.esc(p.count())).append("</td></tr>\n");
        }
        s.append("</table>\n");
        List<String> places = places(in, ctx);
        if (!places.isEmpty()) {
            s.append("<h3>").append(Html.esc(ctx.t("Hvor problemerne er", "Where the problems are"))).append("</h3>\n<ul>\n");
            places.forEach(p -> s.append("<li>").append(Html.esc(p)).append("</li>\n"));
            s.append("</ul>\n");
        }
        s.append("<p>").append(Html.esc(denominatorsNote(ctx))).append("</p>\n");
        return s.toString();
    }

    private static List<Problem> ownProblems(ReportInput in) {
        Set<String> ownFiles = ownFiles(in);
        return in.validation().problems().stream().filter(p -> ownFiles.contains(p.location().file())).toList();
    }

    /** The files whose accepted cases all belong to the own municipalities (files with no accepted case count as own). */
    private static Set<String> ownFiles(ReportInput in) {
        CaseTable cases = in.cases();
        Map<String, Boolean> onlyOwn = new HashMap<>();
        Set<String> own = new HashSet<>(in.municipalities());
        for (int i = 0; i < cases.size(); i++) {
            String file = cases.record(i).source().file();
            onlyOwn.merge(file, own.contains(cases.municipalityCode(i)), Boolean::logicalAnd);
        }
        Set<String> files = new HashSet<>();
        for (FileAccount f : in.validation().files()) {
            if (onlyOwn.getOrDefault(f.location().file(), in.municipalities().size() >= 1 && onlyOwn.isEmpty())) {
                files.add(f.location().file());
            }
        }
        return files;
    }

    /**
     * A problem located the way a spreadsheet user finds it, with the question by its number ("spørgsmål 17")
     * and a field by its column heading, never by their keys.
     */
    private static String describe(Problem p, ReportInput in, ReportContext ctx) {
        String where = shown(p.location(), in, ctx).describe(ctx.language()) + p.question().map(q -> " (" + concerned(p, q, in, ctx) + ")").orElse("");
        return dk.casescreen.Privacy.display(where + ": " + p.message().in(ctx.language()));
    }

    /**
     * The location as the report may show it: in the shared edition the file is never named, only
     * numbered in the order read ("fil 2" / "file 2"); in the internal edition its name is shown masked.
     */
    static Location shown(Location location, ReportInput in, ReportContext ctx) {
        if (!ctx.disclosure().isShared()) {
            return location;
        }
        List<FileAccount> files = in.validation().files();
        int number = 0;
        for (int i = 0; i < files.size() && number == 0; i++) {
            number = files.get(i).location().file().equals(location.file()) ? i + 1 : 0;
        }
        String anonymous = ctx.t("fil ", "file ") + (number == 0 ? "?" : Integer.toString(number));
        return new Location(anonymous, location.sheet(), location.row(), location.column());
    }

    /** What a problem concerns ("q17 conviction" or a field key) in words. */
    private static String concerned(Problem p, String question, ReportInput in, ReportContext ctx) {
        return p.questionNumber().map(n -> ctx.t("spørgsmål ", "question ") + n)
                .orElseGet(() -> in.cases().sheet().fields().stream().filter(f -> f.key().equals(question)).findFirst()
                        .map(f -> f.label().in(ctx.language())).orElse(question));
    }

    /** A kind of problem in words: the rule's message with its values left out. */
    private static String title(Rule rule, ReportContext ctx) {
        return rule.message("…", "…", "…", "…").in(ctx.language());
    }
}
