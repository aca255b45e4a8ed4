package dk.casescreen.cases;

import dk.casescreen.Language;
import dk.casescreen.Privacy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a validation report as plain text for a terminal, in Danish or English. Errors are
 * listed one by one; warnings of the same kind in the same column are gathered on one line
 * listing their rows, so that a sheet with many blanks stays readable. When more than
 * {@value #SUMMARY_THRESHOLD} problems share rule and column (errors too, whose messages differ
 * by value), or more than {@value #SUMMARY_THRESHOLD} rows of one file are rejected, they are
 * summarised on one line: the count, the first rows and, for problems, the first few values.
 * The JSON report ({@link ValidationJson}) keeps them all.
 */
public final class ValidationText {

    /** Problems sharing rule and column, or rejected rows of one file, beyond this many are summarised on one line. */
    public static final int SUMMARY_THRESHOLD = 1000;

    private static final int VALUE_SHOWN = 30;

    private ValidationText() {
    }

    /** The report as text; anything that looks like a CPR number is masked ({@link Privacy#mask}). */
    public static String render(ValidationReport report, Language language) {
        StringBuilder out = new StringBuilder();
        write(report, language, out);
        return out.toString();
    }

    /** The report of a load as text, labelled SYNTETISK/SYNTHETIC when the cases loaded are synthetic. */
    public static String render(LoadResult load, Language language) {
        StringBuilder out = new StringBuilder();
        write(load, language, out);
        return out.toString();
    }

    /**
     * Writes the report as text to {@code out} line by line, each line masked ({@link Privacy#mask});
     * a failure of {@code out} is an {@link UncheckedIOException}.
     */
    public static void write(ValidationReport report, Language language, Appendable out) {
        write(report, DataOrigin.OBSERVED, language, out);
    }

    /** Writes the report of a load as text to {@code out}, as {@link #write(ValidationReport, Language, Appendable)}, labelled when synthetic. */
    public static void write(LoadResult load, Language language, Appendable out) {
        write(load.report(), load.cases().origin(), language, out);
    }

    /**
     * Lays the report of a load out for another renderer (the app's HTML page): the same title,
     * sections, entries and grouping as the text, handed over unmasked; the renderer masks and escapes.
     */
    public static void lay(LoadResult load, Language language, Layout layout) {
        lay(load.report(), load.cases().origin(), language, layout);
    }

    private static void write(ValidationReport report, DataOrigin origin, Language language, Appendable sink) {
        lay(report, origin, language, new Lines(sink));
    }

    /** The parts of a validation report, in the order the text shows them. */
    public interface Layout {

        /** The title line (with the mode, and SYNTETISK/SYNTHETIC when the cases are synthetic). */
        void title(String text);

        /** A section's heading: "Filer", "Fejl (3)", "Advarsler (12)", ... */
        void section(String heading);

        /**
         * One entry of the current section: a file's counts, a problem, or a group of problems of one
         * kind ({@code problem} is then the first of them, located); empty for files, rounds and rejected rows.
         */
        void entry(String text, Optional<Problem> problem);

        /** The closing line with the counts read, accepted and rejected. */
        void total(String text);
    }

    private static void lay(ValidationReport report, DataOrigin origin, Language language, Layout out) {
        boolean da = language == Language.DA;
        out.title((da ? "Valideringsrapport" : "Validation report")
                + (origin.isSynthetic() ? (da ? " (SYNTETISKE data: ingen rigtige borgere)" : " (SYNTHETIC data: no real citizens)") : "")
                + " ("
                + (report.mode() == LoadMode.STRICT ? (da ? "streng: en fil med fejl afvises helt" : "strict: a file with errors is rejected whole")
                        : (da ? "lempelig: gyldige rækker beholdes" : "lenient: valid rows are kept"))
                + ")");
        out.section(da ? "Filer" : "Files");
        for (FileAccount f : report.files()) {
            out.entry(f.location().describe(language) + ": "
                    + count(f.read(), da ? "række læst" : "row read", da ? "rækker læst" : "rows read") + ", "
                    + f.accepted() + (da ? " godkendt, " : " accepted, ")
                    + f.rejected() + (da ? " afvist" : " rejected")
                    + (f.wholeFileRejected() ? (da ? " (hele filen afvist pga. fejl)" : " (whole file rejected for its errors)") : "")
                    + f.template().map(t -> (da ? " [udfyldningsark til skemaversion " : " [fill-in workbook for sheet version ")
                            + t.sheetVersion() + "]").orElse("")
                    + (report.hasDatedRounds() && !f.rounds().isEmpty()
                            ? (da ? " [runde " : " [round ") + String.join(", ", f.rounds().stream().map(String::valueOf).toList()) + "]"
                            : ""), Optional.empty());
        }
        if (report.hasDatedRounds()) {
            out.section(da ? "Screeningsrunder" : "Screening rounds");
            report.rounds().forEach(r -> out.entry(r.describe(language), Optional.empty()));
        }
        List<Problem> errors = report.problems(Severity.ERROR);
        out.section((da ? "Fejl" : "Errors") + " (" + errors.size() + ")");
        problems(errors, false, language, out);
        List<Problem> warnings = report.problems(Severity.WARNING);
        out.section((da ? "Advarsler" : "Warnings") + " (" + warnings.size() + ")");
        problems(warnings, true, language, out);
        if (!report.rejectedRows().isEmpty()) {
            out.section((da ? "Afviste rækker" : "Rejected rows") + " (" + report.rejectedRows().size() + ")");
            rejectedRows(report.rejectedRows(), language, out);
        }
        out.total((da ? "I alt: " : "In all: ")
                + report.read() + (da ? " læst = " : " read = ")
                + report.accepted() + (da ? " godkendt + " : " accepted + ")
                + report.rejected() + (da ? " afvist" : " rejected"));
    }

    /**
     * The problems of one severity, in order: a rule's problems in one column beyond the threshold on
     * one summary line where the first of them stands; below it errors one by one and, when
     * {@code gatherSame}, problems with the same message in the same column on one line.
     */
    private static void problems(List<Problem> problems, boolean gatherSame, Language language, Layout out) {
        Map<ProblemGroup.Key, ProblemGroup> byColumn = ProblemGroup.gather(problems, false);
        Map<ProblemGroup.Key, ProblemGroup> byMessage = new LinkedHashMap<>();
        if (gatherSame) {
            byMessage = ProblemGroup.gather(problems.stream()
                    .filter(p -> byColumn.get(ProblemGroup.Key.of(p, false)).count() <= SUMMARY_THRESHOLD).toList(), true);
        }
        for (Problem p : problems) {
            ProblemGroup column = byColumn.get(ProblemGroup.Key.of(p, false));
            if (column.count() > SUMMARY_THRESHOLD) {
                if (column.first() == p) {
                    out.entry(column.sameMessage() ? sameMessage(column, language) : summary(column, language), Optional.of(p));
                }
            } else if (gatherSame) {
                ProblemGroup same = byMessage.get(ProblemGroup.Key.of(p, true));
                if (same.first() == p) {
                    out.entry(same.count() == 1 ? p.describe(language) : sameMessage(same, language), Optional.of(p));
                }
            } else {
                out.entry(p.describe(language), Optional.of(p));
            }
        }
    }

    /**
     * The rejected rows one by one, except that a file (or worksheet) with more than the threshold
     * of them gets one line where its first stands: the count, the first rows, and how many had
     * errors of their own.
     */
    private static void rejectedRows(List<RejectedRow> rejected, Language language, Layout out) {
        boolean da = language == Language.DA;
        Map<Location, RejectedFile> files = new LinkedHashMap<>();
        for (RejectedRow r : rejected) {
            files.computeIfAbsent(fileOf(r), f -> new RejectedFile(r)).add(r);
        }
        for (RejectedRow r : rejected) {
            RejectedFile file = files.get(fileOf(r));
            if (file.count > SUMMARY_THRESHOLD) {
                if (file.first == r) {
                    out.entry(fileOf(r).describe(language) + ": " + file.count + (da ? " afviste rækker: " : " rejected rows: ")
                            + rows(file.rows, file.count, language) + " (" + file.reasons(language) + ")", Optional.empty());
                }
            } else {
                out.entry(r.location().describe(language) + ": "
                        + (r.rejectedWithFile() ? (da ? "afvist sammen med filen" : "rejected with its file")
                                : count(r.errors().size(), da ? "fejl" : "error", da ? "fejl" : "errors")), Optional.empty());
            }
        }
    }

    private static Location fileOf(RejectedRow r) {
        return new Location(r.location().file(), r.location().sheet(), 0, Optional.empty());
    }

    /** The rejected rows of one file as the summary line needs them. */
    private static final class RejectedFile {
        private final RejectedRow first;
        private final List<Long> rows = new java.util.ArrayList<>();
        private long count;
        private long withFile;

        RejectedFile(RejectedRow first) {
            this.first = first;
        }

        void add(RejectedRow r) {
            count++;
            withFile += r.rejectedWithFile() ? 1 : 0;
            if (rows.size() < ProblemGroup.ROWS_KEPT) {
                rows.add(r.location().row());
            }
        }

        String reasons(Language language) {
            boolean da = language == Language.DA;
            long own = count - withFile;
            String ownText = own + (da ? " med egne fejl" : " with errors of their own");
            String fileText = withFile + (da ? " afvist sammen med filen" : " rejected with their file");
            return own > 0 && withFile > 0 ? ownText + ", " + fileText : own > 0 ? ownText : fileText;
        }
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Where a group stands: file, sheet, column and question, each part masked on its own. */
    private static String place(Problem first, Language language) {
        boolean da = language == Language.DA;
        Location l = first.location();
        Optional<String> question = first.question().map(q -> da ? first.questionNumber().map(n -> "spørgsmål " + n).orElse(q) : q);
        return Privacy.display(l.file()) + l.sheet().map(s -> ", " + (da ? "ark " : "sheet ") + Privacy.display(s)).orElse("")
                + l.column().map(c -> ", " + (da ? "kolonne " : "column ") + Privacy.display(c)).orElse("")
                + question.map(q -> " (" + Privacy.display(q) + ")").orElse("");
    }

    /** "... : ikke besvaret i 14997 rækker: 3, 26, ... og 14985 flere". */
    private static String sameMessage(ProblemGroup group, Language language) {
        boolean da = language == Language.DA;
        return place(group.first(), language) + ": " + Privacy.display(group.first().message().in(language))
                + (da ? " i " : " in ") + group.count() + (da ? " rækker: " : " rows: ") + rows(group.rows(), group.count(), language);
    }

    /** One line for many problems of one rule in one column whose messages differ: count, first rows, first values. */
    private static String summary(ProblemGroup group, Language language) {
        boolean da = language == Language.DA;
        Problem first = group.first();
        boolean error = first.severity() == Severity.ERROR;
        String kind = error ? (da ? " fejl af samme slags" : " errors of one kind") : (da ? " advarsler af samme slags" : " warnings of one kind");
        String rule = first.rule().name().toLowerCase(java.util.Locale.ROOT);
        StringBuilder s = new StringBuilder(place(first, language)).append(": ").append(group.count()).append(kind)
                .append(da ? " i rækkerne " : " in rows ")
                .append(rows(group.rows(), group.count(), language))
                .append(da ? "; den første: " : "; the first: ").append(Privacy.display(first.message().in(language)));
        if (!group.values().isEmpty()) {
            s.append(da ? "; værdier: " : "; values: ")
                    .append(String.join(", ", group.values().stream().map(v -> "'" + shortened(Privacy.display(v)) + "'").toList()))
                    .append(group.moreValues() ? (da ? " med flere" : " and more") : "");
        }
        return s.append(da ? " (JSON-rapporten har dem alle, med reglen " + rule + ")"
                : " (the JSON report has them all, with the rule " + rule + ")").toString();
    }

    /** "3, 26, ... og 14985 flere": the rows kept, and how many more there are. */
    static String rows(List<Long> rows, long count, Language language) {
        boolean da = language == Language.DA;
        String more = count > rows.size() ? (da ? " og " : " and ") + (count - rows.size()) + (da ? " flere" : " more") : "";
        return String.join(", ", rows.stream().map(String::valueOf).toList()) + more;
    }

    /** A value cut to {@value #VALUE_SHOWN} characters; cut after masking, so a CPR number is never cut out of its mask. */
    private static String shortened(String shown) {
        if (shown.length() <= VALUE_SHOWN) {
            return shown;
        }
        int cut = Character.isHighSurrogate(shown.charAt(VALUE_SHOWN - 1)) ? VALUE_SHOWN - 1 : VALUE_SHOWN;
        return shown.substring(0, cut) + "…";
    }

    /** The text layout: lines to an {@link Appendable}, each masked as a whole and ended by a line feed. */
    private record Lines(Appendable out) implements Layout {

        @Override
        public void title(String text) {
            line(text);
        }

        @Override
        public void section(String heading) {
            line("");
            line(heading);
        }

        @Override
        public void entry(String text, Optional<Problem> problem) {
            line("  " + text);
        }

        @Override
        public void total(String text) {
            line("");
            line(text);
        }

        void line(String text) {
            try {
                out.append(Privacy.mask(text)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
