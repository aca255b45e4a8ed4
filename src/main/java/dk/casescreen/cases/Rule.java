package dk.casescreen.cases;

import dk.casescreen.Language;
import dk.casescreen.Text;
import java.util.Optional;

/**
 * The rules checked while loading case records, each with its severity and its message in Danish
 * and English. Messages are {@link String#format} templates; a {@link Text} argument is put in the
 * message's own language.
 */
public enum Rule {
    /** A choice answer that is not one of the question's options. */
    UNKNOWN_ANSWER(Severity.ERROR, "'%s' er ikke et af svarene: %s", "'%s' is not one of %s"),
    /**
     * A choice answer that, written without its unit, reads like several options ("2,0-2,5" when
     * both "2,0–2,5 mio. kr." and "2,0–2,5 kr." are options): the row is rejected and the candidates named.
     */
    AMBIGUOUS_ANSWER(Severity.ERROR, "'%s' kan være flere af svarene: %s; skriv svaret helt, som det står i skemaet",
            "'%s' could be more than one of the answers: %s; write the answer in full, as the sheet has it"),
    /**
     * A choice answer written without its unit ("over 10" for "Over 10 mio. kr.") that reads like
     * exactly one option: the answer is read as that option, and this is noted once per column.
     */
    ANSWER_READ_AS(Severity.WARNING,
            "'%s' er læst som '%s'; det nævnes kun første gang i kolonnen. Skriv gerne svaret, som det står i skemaet",
            "'%s' was read as '%s'; this is noted only the first time in the column. Preferably write the answer as the sheet has it"),
    /** A whole-number answer that is not a whole number. */
    NOT_A_WHOLE_NUMBER(Severity.ERROR, "'%s' er ikke et helt tal", "'%s' is not a whole number"),
    /** A whole-number answer outside the question's range. */
    OUT_OF_RANGE(Severity.ERROR, "%s ligger uden for det tilladte %s–%s", "%s is outside the allowed %s–%s"),
    /** An answer to a conditional question whose condition does not hold. */
    NOT_APPLICABLE_ANSWERED(Severity.ERROR, "'%s' er udfyldt, men spørgsmålet gælder kun når %s",
            "'%s' is filled in, but the question only applies when %s"),
    /** The same case number twice within one municipality and screening round. */
    DUPLICATE_CASE_NUMBER(Severity.ERROR, "sag nr. '%s' findes allerede for kommune %s%s (%s)",
            "case number '%s' already occurs for municipality %s%s (%s)"),
    /**
     * A municipality that is not in the list of municipalities; a near miss of a name ("Århus",
     * "Kobenhavn") is answered with a suggestion, never read as the municipality suggested.
     */
    UNKNOWN_MUNICIPALITY(Severity.ERROR, "'%s' er hverken navn eller kode på en kendt kommune%s",
            "'%s' is neither the name nor the code of a known municipality%s"),
    /** No municipality. */
    MISSING_MUNICIPALITY(Severity.ERROR, "kommune mangler", "municipality is missing"),
    /** No case number. */
    MISSING_CASE_NUMBER(Severity.ERROR, "sag nr. mangler", "case number is missing"),
    /** A date that cannot be read. */
    INVALID_DATE(Severity.ERROR, "'%s' er ikke en dato (skriv fx 01-10-2022)",
            "'%s' is not a date (write e.g. 01-10-2022)"),
    /** An annual cost that is not an amount. */
    INVALID_COST(Severity.ERROR, "'%s' er ikke et beløb i kr. (skriv fx 2.450.000 kr. eller 2,45 mio. kr.)",
            "'%s' is not an amount in kr. (write e.g. 2.450.000 kr. or 2,45 mio. kr.)"),
    /** A negative annual cost. */
    NEGATIVE_COST(Severity.ERROR, "'%s' er negativ: en årlig udgift skal være over 0 kr.",
            "'%s' is negative: an annual cost must be above 0 kr."),
    /** An annual cost of zero. */
    ZERO_COST(Severity.ERROR, "'%s' er nul: en årlig udgift skal være over 0 kr.; lad cellen stå tom, hvis udgiften ikke kendes",
            "'%s' is zero: an annual cost must be above 0 kr.; leave the cell empty if the cost is not known"),
    /** An annual cost above 100 mio. kr. */
    COST_ABOVE_LIMIT(Severity.ERROR, "'%s' er %s kr., over grænsen på %s kr. for en årlig udgift",
            "'%s' is %s kr., above the limit of %s kr. for an annual cost"),
    /** An annual cost so small (below 10.000 kr.) that it is surely written in mio. or thousand kr. */
    COST_TOO_SMALL(Severity.ERROR,
            "'%s' er kun %s kr., og en årlig udgift i screeningen er mindst %s kr.: mente du %s mio. kr.? Skriv det i så fald sådan",
            "'%s' is only %s kr., and an annual cost in the screening is at least %s kr.: did you mean %s mio. kr.? Then write it so"),
    /** An annual cost outside the amounts of the cost band answered; the row is kept. */
    COST_OUTSIDE_BAND(Severity.WARNING,
            "udgiften %s kr. ligger ikke i udgiftsniveauet %s (svaret på %s); ret beløbet eller udgiftsniveauet",
            "the cost %s kr. does not lie in the cost band %s (the answer to %s); correct the amount or the band"),
    /** A cell holding a formula rather than a value. */
    FORMULA(Severity.ERROR, "cellen indeholder en formel; indtast værdien i stedet",
            "the cell holds a formula; enter the value instead"),
    /** A question left blank although it applies. */
    MISSING_ANSWER(Severity.WARNING, "ikke besvaret", "not answered"),
    /** No screening date. */
    MISSING_DATE(Severity.WARNING, "dato mangler", "date is missing"),
    /** A question of the sheet with no column in the file. */
    MISSING_COLUMN(Severity.WARNING, "filen har ingen kolonne til spørgsmålet; det tæller som ikke besvaret",
            "the file has no column for the question; it counts as not answered"),
    /** A column that is no field or question of the sheet. */
    UNKNOWN_COLUMN(Severity.WARNING, "kolonnen '%s' er hverken et felt eller et spørgsmål og er ikke læst",
            "the column '%s' is neither a field nor a question and was not read"),
    /** A file in a folder that holds no case headings and was skipped. */
    FILE_SKIPPED(Severity.WARNING, "filen i mappen har ingen overskriftsrække med kommune og sag nr. og er sprunget over",
            "the file in the folder has no heading row with municipality and case number and was skipped"),
    /** A fill-in workbook made for another sheet definition or version than the one loading it. */
    TEMPLATE_VERSION(Severity.WARNING, "projektmappen er lavet til skema %s version %s, men læses med %s version %s",
            "the workbook was made for sheet %s version %s but is read with %s version %s"),
    /** An answer to a question that the sheet version read retires: kept, but left out of the analyses. */
    RETIRED_ANSWER(Severity.WARNING,
            "'%s' er udfyldt, men spørgsmålet er udgået i skemaversion %s for screeninger fra %s: %s Svaret er læst, men indgår ikke i analyserne",
            "'%s' is filled in, but sheet version %s retires the question for screenings from %s: %s The answer is read but left out of the analyses"),
    /** A file whose screening dates fall under two sheet versions; the whole file is read with the later. */
    DATES_ACROSS_VERSIONS(Severity.WARNING,
            "filen har screeningsdatoer både før og efter %s; hele filen hører efter sin seneste dato (%s) til skemaversion %s",
            "the file has screening dates both before and after %s; by its latest date (%s) the whole file belongs to sheet version %s"),
    /** A file whose dates mean an older sheet version than the newest among the files loaded with it. */
    SHEET_VERSIONS_MIXED(Severity.WARNING,
            "filen hører efter sine screeningsdatoer til skemaversion %s, men læses sammen med filer i version %s; alle sager læses med version %s",
            "by its screening dates the file belongs to sheet version %s but is loaded together with files of version %s; every case is read with version %s"),
    /** Rows without a date in a load whose other rows have dates: they cannot be placed in a round. */
    UNDATED_ROWS(Severity.WARNING,
            "%s ingen dato og kan ikke placeres i en screeningsrunde; de samles i runden uden dato. Udfyld Dato, eller angiv filens runde med --round ÅÅÅÅ-MM-DD",
            "%s no date and cannot be placed in a screening round; they are gathered in the undated round. Fill in the date, or give the file's round with --round YYYY-MM-DD"),
    /** An input whose screening round is dated earlier than the round of the input before it on the command line. */
    ROUND_OUT_OF_ORDER(Severity.WARNING,
            "filens screeningsrunde (%s) ligger før runden i filen før den på kommandolinjen (%s, %s); runderne ordnes efter dato",
            "the file's screening round (%s) is dated earlier than the round of the file before it on the command line (%s, %s); rounds are ordered by date"),
    /** A citizen whose gender differs between two screening rounds. */
    GENDER_CHANGED(Severity.WARNING, "køn er '%s' her, men var '%s' i den tidligere runde (%s)",
            "gender is '%s' here but was '%s' in the earlier round (%s)"),
    /** A citizen whose age has not grown by the years between two screenings (give or take one). */
    AGE_NOT_GROWN(Severity.WARNING,
            "alderen er %s her, men var %s i den tidligere runde (%s); med %s hele år mellem screeningerne ventes %s–%s",
            "age is %s here but was %s in the earlier round (%s); with %s whole years between the screenings %s–%s is expected"),
    /** A file that cannot be read at all. */
    UNREADABLE_FILE(Severity.ERROR, "filen kan ikke læses: %s", "the file cannot be read: %s"),
    /** A cell or heading that looks like a CPR number. */
    CPR_NUMBER(Severity.ERROR,
            "cellen ligner et CPR-nummer. casescreen gemmer aldrig CPR-numre: fjern det og brug et pseudonymt sagsnummer. Indlæsningen er stoppet",
            "the cell looks like a CPR number. casescreen never stores CPR numbers: remove it and use a pseudonymous case number. Loading stopped"),
    /** A column whose heading announces CPR numbers. */
    CPR_COLUMN(Severity.ERROR,
            "kolonnen er til CPR-numre. casescreen gemmer aldrig CPR-numre: slet kolonnen og brug et pseudonymt sagsnummer. Indlæsningen er stoppet",
            "the column is for CPR numbers. casescreen never stores CPR numbers: delete the column and use a pseudonymous case number. Loading stopped"),
    /** No heading row that names the record fields. */
    NO_HEADER(Severity.ERROR, "ingen overskriftsrække med kommune og sag nr. blandt de første %s rækker",
            "no heading row with municipality and case number among the first %s rows"),
    /** Two columns meaning the same field or question. */
    DUPLICATE_COLUMN(Severity.ERROR, "kolonnerne %s og %s betyder begge %s", "columns %s and %s both mean %s");

    private final Severity severity;
    private final Text template;

    Rule(Severity severity, String da, String en) {
        this.severity = severity;
        this.template = new Text(da, en);
    }

    /** The severity a problem under this rule has. */
    public Severity severity() {
        return severity;
    }

    /** The message for the given arguments, in both languages. */
    public Text message(Object... args) {
        if (args.length == 0 && template.da().indexOf('%') < 0 && template.en().indexOf('%') < 0) {
            return template;
        }
        return new Text(format(Language.DA, args), format(Language.EN, args));
    }

    /**
     * A problem under this rule. Where the value itself is an argument of the message and is long (a cell
     * of thousands of characters), the message shows its beginning and its length; the problem keeps it whole.
     */
    public Problem problem(Location location, String question, String value, Object... args) {
        Object[] shown = args;
        if (value != null && LongValues.isLong(value)) {
            shown = args.clone();
            for (int i = 0; i < shown.length; i++) {
                if (value.equals(shown[i])) {
                    shown[i] = LongValues.shown(value);
                }
            }
        }
        return new Problem(this, severity, location, Optional.ofNullable(question), Optional.ofNullable(value),
                message(shown));
    }

    private String format(Language language, Object... args) {
        Object[] localised = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            localised[i] = args[i] instanceof Text text ? text.in(language) : args[i];
        }
        return String.format(java.util.Locale.ROOT, template.in(language), localised);
    }
}
