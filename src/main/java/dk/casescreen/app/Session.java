package dk.casescreen.app;

import dk.casescreen.Language;
import dk.casescreen.Text;
import dk.casescreen.cases.CaseLoadException;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.report.ReportDocument;
import dk.casescreen.report.ReportInput;
import dk.casescreen.report.SlideDeck;
import dk.casescreen.report.TableExport;
import dk.casescreen.request.ReportFiles;
import dk.casescreen.request.ReportRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the user has done so far: the uploaded workbooks (validated together with the loader
 * {@code casescreen validate} uses), the populations and benchmark files, and the last report. The
 * server's handlers call it one at a time.
 */
final class Session {

    /** An uploaded file: its number, the name the user's file has (only shown), and the private copy. */
    record Upload(int id, String shownName, Path file) {
    }

    /** A report made: its folder, file names, and the benchmark's notes. */
    record Run(int id, String htmlName, Path html, Path pptx, Path xlsx, List<String> notes) {
    }

    private final Workspace workspace;
    private final List<Upload> cases = new ArrayList<>();
    private Optional<Upload> populations = Optional.empty();
    private Optional<Upload> benchmark = Optional.empty();
    private Optional<LoadResult> loaded = Optional.empty();
    private Optional<Run> run = Optional.empty();
    private Language language;
    private int runs;

    Session(Workspace workspace, Language language) {
        this.workspace = workspace;
        this.language = language;
    }

    synchronized Language language() {
        return language;
    }

    synchronized void language(Language newLanguage) {
        if (newLanguage != language) {
            language = newLanguage;
            revalidate();
        }
    }

    synchronized List<Upload> cases() {
        return List.copyOf(cases);
    }

    synchronized Optional<Upload> populations() {
        return populations;
    }

    synchronized Optional<Upload> benchmark() {
        return benchmark;
    }

    synchronized Optional<LoadResult> loaded() {
        return loaded;
    }

    synchronized Optional<Run> run() {
        return run;
    }

    /**
     * Where a new upload goes: a folder of its own; a case file under a name the app chooses with the
     * user's extension (the loader is told the user's name), a populations or benchmark file under the
     * user's name made safe, since their readers name the file in their messages.
     */
    Path place(String shownName, boolean cases) throws IOException {
        return workspace.newFolder("u").resolve(cases ? "upload." + Workspace.extension(shownName) : Workspace.safeName(shownName));
    }

    /**
     * Adds a case file and validates all of them together; a file the loader refuses (unreadable, hostile,
     * holding a CPR number) is taken out again and its located message returned.
     */
    synchronized Optional<String> addCases(Upload upload) {
        cases.add(upload);
        Optional<String> refused = revalidate();
        if (refused.isPresent()) {
            cases.remove(upload);
            delete(upload);
            revalidate();
        }
        return refused;
    }

    /** Sets the populations file (FOLK1A export or code;name;region;aged_18_66) the report uses. */
    synchronized void populations(Upload upload) {
        populations.ifPresent(Session::delete);
        populations = Optional.of(upload);
    }

    /** Sets the benchmark file the report uses. */
    synchronized void benchmark(Upload upload) {
        benchmark.ifPresent(Session::delete);
        benchmark = Optional.of(upload);
    }

    /** Removes an upload of any kind. */
    synchronized void remove(int id) {
        for (Upload u : List.copyOf(cases)) {
            if (u.id() == id) {
                cases.remove(u);
                delete(u);
                revalidate();
            }
        }
        if (populations.filter(u -> u.id() == id).isPresent()) {
            delete(populations.get());
            populations = Optional.empty();
        }
        if (benchmark.filter(u -> u.id() == id).isPresent()) {
            delete(benchmark.get());
            benchmark = Optional.empty();
        }
    }

    private Optional<String> revalidate() {
        if (cases.isEmpty()) {
            loaded = Optional.empty();
            return Optional.empty();
        }
        try {
            loaded = Optional.of(loader().load());
            return Optional.empty();
        } catch (CaseLoadException e) {
            loaded = Optional.empty();
            return Optional.of(AppTexts.UNREADABLE.in(language) + e.describe(language));
        } catch (RuntimeException e) {
            loaded = Optional.empty();
            return Optional.of(AppTexts.INTERNAL_ERROR.in(language));
        }
    }

    /** The loader {@code casescreen validate FILE...} uses (lenient, the known municipalities), naming the files as the user did. */
    private dk.casescreen.cases.CaseLoader loader() {
        return Cases.files(cases.stream().map(Upload::file).toList()).named(cases.stream().map(Upload::shownName).toList());
    }

    /** The municipalities the accepted cases belong to, as code and name. */
    synchronized List<Municipality> municipalities() {
        Municipalities registry = Municipalities.known();
        return loaded.map(l -> l.cases().records().stream().map(CaseRecord::municipalityCode).distinct().sorted()
                .map(code -> new Municipality(code, registry.find(code).map(dk.casescreen.cases.Municipality::name).orElse(code)))
                .toList()).orElse(List.of());
    }

    /** A municipality to choose: its code and name. */
    record Municipality(String code, String name) {
    }

    /**
     * Makes the report, the deck and the tables with the request {@code casescreen report}, {@code slides}
     * and {@code export} would make of the same options, into a folder of their own; the message of a
     * refusal (unusable files, a bad option, counts that cannot be protected) when it cannot.
     */
    synchronized Optional<String> makeReport(String municipality, boolean shared, String thresholdText) {
        if (loaded.isEmpty() || !ValidationHtml.usable(loaded.get())) {
            return Optional.of(AppTexts.NOT_READY.in(language));
        }
        int threshold;
        try {
            threshold = Integer.parseInt(thresholdText.strip());
        } catch (NumberFormatException e) {
            return Optional.of(AppTexts.BAD_THRESHOLD.in(language));
        }
        if (threshold < 3) {
            return Optional.of(AppTexts.BAD_THRESHOLD.in(language));
        }
        ReportRequest request = new ReportRequest(municipality.isBlank() ? List.of() : List.of(municipality), shared, threshold,
                populations.map(Upload::file), Optional.empty(), List.of(), benchmark.map(Upload::file), language);
        List<String> notes = new ArrayList<>();
        try {
            ReportInput input = request.input(loader(), (Text note) -> notes.add(note.in(language)));
            ReportDocument document = ReportDocument.prepare(input);
            Path folder = workspace.newFolder("r");
            String name = ReportFiles.name(input);
            Path html = folder.resolve("report.html");
            Files.writeString(html, document.html(), StandardCharsets.UTF_8);
            Path pptx = folder.resolve("deck.pptx");
            try (OutputStream out = Files.newOutputStream(pptx)) {
                SlideDeck.write(document, out);
            }
            Path xlsx = folder.resolve("tables.xlsx");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                TableExport.of(document).writeWorkbook(out);
            }
            run.ifPresent(Session::deleteRun);
            run = Optional.of(new Run(++runs, name, html, pptx, xlsx, List.copyOf(notes)));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(ReportRequest.message(e, language).map(m -> AppTexts.REPORT_FAILED.in(language) + m)
                    .orElse(AppTexts.INTERNAL_ERROR.in(language)));
        }
    }

    private static void delete(Upload upload) {
        try {
            Files.deleteIfExists(upload.file());
            Files.deleteIfExists(upload.file().getParent());
        } catch (IOException e) {
            // the whole folder goes when the app stops
        }
    }

    private static void deleteRun(Run old) {
        try {
            for (Path p : List.of(old.html(), old.pptx(), old.xlsx())) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(old.html().getParent());
        } catch (IOException e) {
            // the whole folder goes when the app stops
        }
    }
}
