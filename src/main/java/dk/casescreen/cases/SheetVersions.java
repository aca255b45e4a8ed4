package dk.casescreen.cases;

import dk.casescreen.Text;
import dk.casescreen.sheet.ScreeningSheet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which built-in sheet version a load is read with when the user gave none: each file calls for a
 * version (a casescreen workbook by its hidden version sheet, any other file by its latest screening
 * date), and the table takes the newest of them, or 1.0.0 when no file tells.
 */
final class SheetVersions {

    private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private SheetVersions() {
    }

    /** The version the files call for, the newest of them; 1.0.0 when none tells. */
    static ScreeningSheet choose(List<CaseLoader.FileParse> parses) {
        List<String> order = ScreeningSheet.builtInVersions();
        ScreeningSheet chosen = null;
        for (CaseLoader.FileParse parse : parses) {
            Optional<ScreeningSheet> own = calledFor(parse);
            if (own.isPresent() && (chosen == null || order.indexOf(own.get().version()) > order.indexOf(chosen.version()))) {
                chosen = own.get();
            }
        }
        return chosen != null ? chosen : ScreeningSheet.builtIn();
    }

    /** The version one file calls for: its workbook's, else its latest screening date's, else none. */
    static Optional<ScreeningSheet> calledFor(CaseLoader.FileParse parse) {
        return fromTemplate(parse).or(() -> parse.latest().map(ScreeningSheet::forScreeningDate));
    }

    /** The built-in version a casescreen workbook says it was made from, if it is one. */
    static Optional<ScreeningSheet> fromTemplate(CaseLoader.FileParse parse) {
        return parse.template()
                .filter(t -> t.sheetId().equals(ScreeningSheet.builtIn().id())
                        && ScreeningSheet.builtInVersions().contains(t.sheetVersion()))
                .map(t -> ScreeningSheet.builtIn(t.sheetVersion()));
    }

    /**
     * The warnings of a file whose version follows from its dates: dates on both sides of a version's
     * first day, and a version older than the one the table is read with.
     */
    static List<Problem> dateWarnings(CaseLoader.FileParse parse, ScreeningSheet table) {
        List<Problem> warnings = new ArrayList<>();
        if (parse.earliest().isEmpty() || parse.latest().isEmpty()) {
            return warnings;
        }
        ScreeningSheet first = ScreeningSheet.forScreeningDate(parse.earliest().get());
        ScreeningSheet last = ScreeningSheet.forScreeningDate(parse.latest().get());
        if (!first.version().equals(last.version())) {
            warnings.add(Rule.DATES_ACROSS_VERSIONS.problem(parse.location(), null, null,
                    dateText(last.validFrom().orElseThrow()), dateText(parse.latest().get()), last.version()));
        }
        if (!last.version().equals(table.version()) && table.isBuiltInVersion()) {
            warnings.add(Rule.SHEET_VERSIONS_MIXED.problem(parse.location(), null, null,
                    last.version(), table.version(), table.version()));
        }
        return warnings;
    }

    /** A date as a Danish and an English reader writes it: "1. juli 2024", "1 July 2024". */
    static Text dateText(LocalDate date) {
        return new Text(DA.format(date), EN.format(date));
    }
}
