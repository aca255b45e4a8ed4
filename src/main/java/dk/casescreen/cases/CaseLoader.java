package dk.casescreen.cases;

import dk.casescreen.Text;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.Retirement;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads case records from CSV, Excel and JSON files and folders of them into one {@link CaseTable},
 * validating every row. Created by {@link Cases}; configure it and call {@link #load()}:
 *
 * <pre>{@code
 * LoadResult result = Cases.excel(Path.of("screening.xlsx")).sheet("Sager").lenient().load();
 * }</pre>
 *
 * <p>Defaults: the built-in sheet version the files call for (see {@link #load()}), the 98 Danish
 * municipalities, lenient mode, {@link InputLimits#DEFAULT}.
 */
public final class CaseLoader {

    private final List<Path> inputs;
    private final FileFormat forcedFormat;
    private ScreeningSheet sheet;
    private Municipalities municipalities;
    private LoadMode mode = LoadMode.LENIENT;
    private InputLimits limits = InputLimits.DEFAULT;
    private String worksheet;
    private List<String> displayNames;
    private LocalDate defaultDate;

    CaseLoader(List<Path> inputs, FileFormat forcedFormat) {
        this.inputs = List.copyOf(inputs);
        this.forcedFormat = forcedFormat;
    }

    /**
     * Reads the records against this sheet definition instead of a built-in one. It overrides the
     * version a workbook or the screening dates call for.
     */
    public CaseLoader screeningSheet(ScreeningSheet definition) {
        this.sheet = Objects.requireNonNull(definition);
        return this;
    }

    /** Accepts these municipalities instead of the 98 Danish ones. */
    public CaseLoader municipalities(Municipalities registry) {
        this.municipalities = Objects.requireNonNull(registry);
        return this;
    }

    /** Reads the named worksheet of Excel files (by default the first visible sheet with case headings). */
    public CaseLoader sheet(String worksheetName) {
        this.worksheet = Objects.requireNonNull(worksheetName);
        return this;
    }

    /**
     * The name to show for the file in locations and messages, instead of its path (for a single
     * file, e.g. one copied from somewhere else).
     */
    public CaseLoader named(String name) {
        if (inputs.size() != 1) {
            throw new IllegalStateException("A display name needs exactly one input, not " + inputs.size());
        }
        this.displayNames = List.of(Objects.requireNonNull(name));
        return this;
    }

    /**
     * The names to show for the files in locations and messages, one per input in order, instead of
     * their paths (files kept under other names, e.g. uploads to the app's private folder). Every
     * input must be a file.
     */
    public CaseLoader named(List<String> names) {
        if (names.size() != inputs.size()) {
            throw new IllegalStateException("One display name per input: " + names.size() + " names for " + inputs.size() + " inputs");
        }
        this.displayNames = List.copyOf(names);
        return this;
    }

    /**
     * The screening date of the rows whose date cell is empty (the command line's
     * {@code --round YYYY-MM-DD}): such rows belong to the round of that date, get no missing-date
     * warning, and the date counts when the sheet version is inferred from the dates.
     */
    public CaseLoader defaultScreeningDate(LocalDate date) {
        this.defaultDate = Objects.requireNonNull(date);
        return this;
    }

    /** Sets the mode. */
    public CaseLoader mode(LoadMode loadMode) {
        this.mode = Objects.requireNonNull(loadMode);
        return this;
    }

    /** Rejects every file that has an error. */
    public CaseLoader strict() {
        return mode(LoadMode.STRICT);
    }

    /** Keeps the valid rows and lists the rejected ones (the default). */
    public CaseLoader lenient() {
        return mode(LoadMode.LENIENT);
    }

    /** Sets the bounds on file size, cells, columns and rows. */
    public CaseLoader limits(InputLimits inputLimits) {
        this.limits = Objects.requireNonNull(inputLimits);
        return this;
    }

    /**
     * Loads and validates every file.
     *
     * <p>The sheet version: a definition given with {@link #screeningSheet(ScreeningSheet)} is used
     * as it is. Otherwise each file calls for a built-in version: a casescreen fill-in workbook for
     * the version on its hidden version sheet, any other file for the version of its latest
     * screening date ({@link ScreeningSheet#forScreeningDate}; a file with dates on both sides of
     * 1 July 2024 is read whole with 2.0.0, with a warning). The table is read with the newest
     * version any file calls for (files of an older one get a warning), or with 1.0.0 when no file
     * tells. Answers to questions that version retires are kept with a warning and left out of the
     * analyses.
     *
     * <p>Screening rounds: the screening dates cluster into rounds (a gap over 90 days starts a new
     * one). A row without a date belongs to its file's round when the file's dated rows all fall in
     * one round; the other rows without a date form the undated round, with one warning per file when
     * the load has dated rounds. A case number may occur once per municipality and round. Between consecutive rounds the
     * records of the same citizen are compared ({@link RoundChecks#between}), and an input whose round
     * is dated earlier than the input before it gets a warning.
     *
     * @throws CaseLoadException when a file cannot be read at all, is not what its name says, is
     *                           hostile, or holds something that looks like a CPR number
     */
    public LoadResult load() {
        // the built-in versions have the same questions: the rows are read against 1.0.0 and the
        // version is settled when every file is read
        ScreeningSheet definition = sheet != null ? sheet : ScreeningSheet.builtIn();
        Set<String> retirable = new HashSet<>();
        List<ScreeningSheet> versions = sheet != null ? List.of(sheet)
                : ScreeningSheet.builtInVersions().stream().map(ScreeningSheet::builtIn).toList();
        versions.forEach(v -> v.retiredQuestions().forEach(q -> retirable.add(q.key())));
        Municipalities registry = municipalities != null ? municipalities : Municipalities.known();
        List<FileParse> parses = new ArrayList<>();
        List<Integer> inputOf = new ArrayList<>();
        CaseColumns.Builder records = new CaseColumns.Builder(definition, 1024);
        RepeatedKeys repeated = new RepeatedKeys(records);
        for (Source source : sources()) {
            inputOf.add(source.input());
            try {
                parses.add(parse(source, definition, registry, records, repeated, retirable));
            } catch (CaseLoadException e) {
                if (!source.inFolder() || e.problem().rule() != Rule.NO_HEADER) {
                    throw e;
                }
                Location file = Location.ofFile(source.name());
                parses.add(new FileParse(file, new ArrayList<>(List.of(Rule.FILE_SKIPPED.problem(file, null, null))),
                        new ParsedRows(file, row -> file), Optional.empty(), Optional.empty(), Optional.empty(),
                        new RetiredAnswers(), List.of()));
            }
        }
        // the columns are copied to their size on the other core while this one finds rounds and duplicates
        ColumnsBuild columns = new ColumnsBuild(records);
        ScreeningSheet version = sheet != null ? sheet : SheetVersions.choose(parses);
        RoundIndex rounds = RoundIndex.cluster(records.size(), records::epochDay, records::fileIndex);
        EarlierRounds earlier = new EarlierRounds(rounds, records);
        for (FileParse parse : parses) {
            settle(parse, version, sheet == null, earlier);
        }
        markDuplicates(parses, registry, records, repeated, rounds);
        LoadRounds.fileWarnings(parses, inputOf, rounds);
        return account(parses, version, records, columns, rounds);
    }

    private record Source(Path path, String name, FileFormat format, boolean inFolder, int input) {
    }

    /**
     * One file as parsed, before the sheet version is settled.
     *
     * @param columns for each question (by sheet position), its column as a spreadsheet names it
     */
    record FileParse(Location location, List<Problem> fileProblems, ParsedRows rows, Optional<TemplateInfo> template,
                     Optional<LocalDate> earliest, Optional<LocalDate> latest, RetiredAnswers retired,
                     List<Optional<String>> columns) {
    }

    /**
     * Settles one file on the version the table is read with: warns of a workbook made for another
     * version and, when the version was inferred, of a file whose dates call for another; turns the
     * answers to questions the version retires into warnings, and drops the missing-column and
     * not-answered warnings of those questions. A file or row of an earlier screening round than the
     * load's latest was screened under the version of its own time: it gets no warning for that
     * version being older, nor for answers to questions retired after its screening date.
     */
    private static void settle(FileParse parse, ScreeningSheet version, boolean inferred, EarlierRounds earlier) {
        List<Problem> fileProblems = parse.fileProblems();
        Location file = parse.location();
        parse.template().filter(t -> !t.sheetId().equals(version.id()) || !t.sheetVersion().equals(version.version()))
                .ifPresent(t -> fileProblems.add(0, Rule.TEMPLATE_VERSION.problem(parse.location(), null, null,
                        t.sheetId(), t.sheetVersion(), version.id(), version.version())));
        if (inferred && !SheetVersions.fromTemplate(parse).isPresent()) {
            List<Problem> dateWarnings = SheetVersions.dateWarnings(parse, version);
            if (earlier.wholeFile(parse.rows())) {
                dateWarnings.removeIf(p -> p.rule() == Rule.SHEET_VERSIONS_MIXED);
            }
            fileProblems.addAll(dateWarnings);
        }
        List<Question> retired = version.retiredQuestions();
        if (retired.isEmpty()) {
            return;
        }
        Set<String> labels = new HashSet<>();
        retired.forEach(q -> labels.add(RecordParser.label(q)));
        fileProblems.removeIf(p -> p.rule() == Rule.MISSING_COLUMN && p.question().filter(labels::contains).isPresent());
        parse.rows().dropWarnings(p -> p.rule() == Rule.MISSING_ANSWER && p.question().filter(labels::contains).isPresent());
        RetiredAnswers answers = parse.retired();
        for (int i = 0; i < answers.size(); i++) {
            Question q = version.questions().get(answers.question(i));
            if (q.retired().isEmpty()) {
                continue;
            }
            Retirement r = q.retired().get();
            if (earlier.screenedBefore(parse.rows(), answers.rowIndex(i), r.from())) {
                continue;
            }
            Location cell = new Location(file.file(), file.sheet(), parse.rows().number(answers.rowIndex(i)),
                    parse.columns().get(answers.question(i)));
            String value = answers.value(i);
            parse.rows().addProblem(answers.rowIndex(i), Rule.RETIRED_ANSWER.problem(cell, RecordParser.label(q), value,
                    value, version.version(), SheetVersions.dateText(r.from()), r.reason()));
        }
    }

    private List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            Path input = inputs.get(k);
            int index = k;
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.list(input)) {
                    files.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith(".")
                                    && !p.getFileName().toString().startsWith("~$"))
                            .filter(p -> FileFormat.of(p).isPresent())
                            .sorted()
                            .forEach(p -> sources.add(new Source(p, p.toString(), FileFormat.of(p).orElseThrow(), true, index)));
                } catch (IOException e) {
                    throw CaseLoadException.unreadable(Location.ofFile(input.toString()),
                            new Text("mappen kan ikke læses", "the folder cannot be read"));
                }
            } else if (!Files.isReadable(input)) {
                throw CaseLoadException.unreadable(Location.ofFile(displayNames != null ? displayNames.get(k) : input.toString()),
                        new Text("filen findes ikke eller kan ikke læses", "the file does not exist or cannot be read"));
            } else {
                FileFormat format = forcedFormat != null ? forcedFormat : FileFormat.of(input).orElseThrow(() -> CaseLoadException.unreadable(
                        Location.ofFile(displayNames != null ? displayNames.get(index) : input.toString()), new Text(
                                "ukendt filtype; brug .xlsx, .csv eller .json", "unknown file type; use .xlsx, .csv or .json")));
                sources.add(new Source(input, displayNames != null ? displayNames.get(k) : input.toString(), format, false, index));
            }
        }
        return sources;
    }

    private FileParse parse(Source source, ScreeningSheet definition, Municipalities registry,
                            CaseColumns.Builder records, RepeatedKeys repeated, Set<String> retirable) {
        return switch (source.format()) {
            case CSV -> {
                try (RowReader reader = new PrefetchingRowReader(CsvRowReader.open(source.path(), source.name(), limits))) {
                    yield parseRows(reader, definition, registry, Optional.empty(), records, repeated, retirable);
                }
            }
            case JSON -> {
                try (RowReader reader = JsonRowReader.open(source.path(), source.name(), limits)) {
                    yield parseRows(reader, definition, registry, Optional.empty(), records, repeated, retirable);
                }
            }
            case EXCEL -> parseWorkbook(source, definition, registry, records, repeated, retirable);
        };
    }

    private FileParse parseWorkbook(Source source, ScreeningSheet definition, Municipalities registry,
                                     CaseColumns.Builder records, RepeatedKeys repeated, Set<String> retirable) {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(source.path(), source.name(), limits)) {
            List<XlsxWorkbook.Worksheet> candidates = candidates(workbook, source);
            Optional<TemplateInfo> template = workbook.templateInfo();
            CaseLoadException first = null;
            for (XlsxWorkbook.Worksheet candidate : candidates) {
                try (RowReader reader = XlsxSheetReader.open(workbook, candidate)) {
                    return parseRows(reader, definition, registry, template, records, repeated, retirable);
                } catch (CaseLoadException e) {
                    if (e.problem().rule() != Rule.NO_HEADER || worksheet != null) {
                        throw e;
                    }
                    first = first == null ? e : first;
                }
            }
            throw first != null ? first : CaseLoadException.unreadable(Location.ofFile(source.name()),
                    new Text("projektmappen har ingen synlige ark", "the workbook has no visible worksheets"));
        }
    }

    private List<XlsxWorkbook.Worksheet> candidates(XlsxWorkbook workbook, Source source) {
        List<XlsxWorkbook.Worksheet> all = workbook.worksheets();
        if (worksheet == null) {
            return all.stream().filter(XlsxWorkbook.Worksheet::visible).toList();
        }
        Optional<XlsxWorkbook.Worksheet> named = all.stream().filter(w -> w.name().equals(worksheet)).findFirst()
                .or(() -> all.stream().filter(w -> w.name().equalsIgnoreCase(worksheet.strip())).findFirst());
        if (named.isEmpty()) {
            String names = String.join(", ", all.stream().map(XlsxWorkbook.Worksheet::name).toList());
            throw CaseLoadException.unreadable(Location.ofFile(source.name()), new Text(
                    "arket '" + worksheet + "' findes ikke; arkene er: " + names,
                    "there is no worksheet '" + worksheet + "'; the worksheets are: " + names));
        }
        return List.of(named.get());
    }

    /**
     * Reads the rows of one table. In a casescreen fill-in workbook, prepared rows that hold nothing
     * but the pre-filled municipality are empty template rows, not cases.
     */
    private FileParse parseRows(RowReader reader, ScreeningSheet definition, Municipalities registry,
                                Optional<TemplateInfo> template, CaseColumns.Builder records, RepeatedKeys repeated,
                                Set<String> retirable) {
        HeaderResolver resolver = new HeaderResolver(definition);
        ColumnLayout layout = ColumnLayout.find(reader, resolver);
        RecordParser parser = new RecordParser(definition, registry, layout, reader, retirable, defaultDate);
        ParsedRows rows = new ParsedRows(reader.location(), parser::caseNumberLocation);
        CprGuard guard = new CprGuard(reader);
        boolean headingsOver = false;
        for (RawRow row = reader.next(); row != null; row = reader.next()) {
            if (row.isBlank() || template.isPresent() && layout.holdsOnlyMunicipality(row)) {
                reader.recycle(row);
                continue;
            }
            guard.check(row);
            if (!headingsOver && layout.isRepeatedHeading(row, resolver)) {
                reader.recycle(row);
                continue;
            }
            headingsOver = true;
            int before = records.size();
            List<Problem> problems = parser.parse(row, records);
            int record = records.size() > before ? before : -1;
            if (record >= 0) {
                repeated.add(record);
            }
            rows.add(row.number(), record, problems);
            // nothing keeps the row's arrays: the parser keeps texts, the problems texts and numbers
            reader.recycle(row);
        }
        List<Problem> fileProblems = new ArrayList<>(parser.fileProblems());
        List<Optional<String>> columns = new ArrayList<>();
        for (int q = 0; q < definition.questions().size(); q++) {
            columns.add(parser.columnName(q));
        }
        return new FileParse(reader.location(), fileProblems, rows, template, parser.earliestDate(), parser.latestDate(),
                parser.retiredAnswers(), columns);
    }

    private static void markDuplicates(List<FileParse> parses, Municipalities registry, CaseColumns.Builder records,
                                       RepeatedKeys candidates, RoundIndex rounds) {
        CaseKeys seen = new CaseKeys(records, rounds, candidates.count());
        Text sameRound = rounds.count() > 1 ? new Text(" i samme screeningsrunde", " in the same screening round") : new Text("", "");
        for (FileParse parse : parses) {
            ParsedRows rows = parse.rows();
            for (int i = 0; i < rows.size(); i++) {
                int r = rows.record(i);
                if (r < 0 || !candidates.mayRepeat(r)) {
                    // a record whose municipality and case number no other record has is no duplicate in any round
                    continue;
                }
                int first = seen.putIfAbsent(r);
                if (first >= 0) {
                    Location firstAt = records.source(first);
                    String code = records.municipality(r);
                    String caseNumber = records.caseNumber(r);
                    String municipality = code + registry.find(code).map(m -> " " + m.name()).orElse("");
                    rows.addProblem(i, Rule.DUPLICATE_CASE_NUMBER.problem(rows.caseNumberLocation(i), null, caseNumber,
                            caseNumber, municipality, sameRound, new Text(firstAt.describe(dk.casescreen.Language.DA),
                                    firstAt.describe(dk.casescreen.Language.EN))));
                }
            }
        }
    }

    private LoadResult account(List<FileParse> parses, ScreeningSheet definition, CaseColumns.Builder records,
                               ColumnsBuild columns, RoundIndex rounds) {
        List<FileAccount> accounts = new ArrayList<>();
        ProblemList.Builder problems = new ProblemList.Builder();
        List<RejectedRow> rejected = new ArrayList<>();
        int[] accepted = new int[records.size()];
        int n = 0;
        for (FileParse parse : parses) {
            problems.addAll(parse.fileProblems());
            ParsedRows rows = parse.rows();
            boolean rejectWhole = mode == LoadMode.STRICT && rows.anyErrors();
            long[] counts = new long[2];
            int[] accepting = {n};
            java.util.BitSet fileRounds = new java.util.BitSet();
            rows.forEachRow((i, rowProblems) -> {
                problems.addAll(rowProblems);
                if (!rows.hasErrors(i) && !rejectWhole) {
                    accepted[accepting[0]++] = rows.record(i);
                    fileRounds.set(rounds.of(rows.record(i)));
                    counts[0]++;
                } else {
                    List<Problem> errors = rowProblems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
                    rejected.add(new RejectedRow(rows.location(i), errors, errors.isEmpty()));
                    counts[1]++;
                }
            });
            n = accepting[0];
            long ok = counts[0];
            long bad = counts[1];
            accounts.add(new FileAccount(parse.location(), rows.size(), ok, bad, rejectWhole, parse.template(),
                    fileRounds.stream().map(r -> r + 1).boxed().toList()));
        }
        CaseColumns all = columns.get();
        boolean everyRecord = n == all.size;
        for (int i = 0; everyRecord && i < n; i++) {
            everyRecord = accepted[i] == i;
        }
        int[] keptRows = everyRecord ? null : Arrays.copyOf(accepted, n);
        CaseColumns kept = everyRecord ? all : all.select(keptRows);
        CaseTable table = new CaseTable(definition, kept.withSheet(definition), everyRecord ? rounds : rounds.select(keptRows));
        problems.addAll(LoadRounds.between(table));
        return new LoadResult(table, new ValidationReport(mode, accounts, problems.build(), rejected, table.rounds()));
    }
}
