package dk.casescreen.sheet;

import dk.casescreen.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The screening sheet: a versioned list of questions with their answer options, loaded from a
 * definition file ({@code data-schema/screening-sheet.json}). Everything downstream works from a
 * sheet object, so a user holding another version of the sheet loads that file instead.
 *
 * <p>Two versions are built in: 1.0.0, the sheet of the 2022 screening
 * ({@code screening-sheet.json}), and 2.0.0 ({@code screening-sheet-2.0.0.json}) for screenings
 * from 1 July 2024, when the special psychiatric places were closed: the same questions, with
 * q27 and q28 retired. {@link #forScreeningDate(LocalDate)} picks the version for a date.
 */
public final class ScreeningSheet {

    private static final String RESOURCES = "/dk/casescreen/schema/";
    /** The built-in versions, oldest first, with the resource holding each. */
    private static final Map<String, String> BUILT_IN = builtInResources();
    private static final Map<String, ScreeningSheet> LOADED = new ConcurrentHashMap<>();

    private final String id;
    private final String version;
    private final Text title;
    private final Optional<LocalDate> validFrom;
    private final List<RecordField> fields;
    private final List<Question> questions;
    private final Map<String, Question> byKey = new LinkedHashMap<>();
    private final Map<String, Map<String, AnswerOption>> answerIndex = new HashMap<>();
    private final Map<String, Map<String, List<AnswerOption>>> looseIndex = new HashMap<>();

    ScreeningSheet(String id, String version, Text title, Optional<LocalDate> validFrom, List<RecordField> fields,
                   List<Question> questions) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.validFrom = validFrom;
        this.fields = List.copyOf(fields);
        this.questions = List.copyOf(questions);
        for (Question q : questions) {
            byKey.put(q.key(), q);
            Map<String, AnswerOption> index = new HashMap<>();
            for (AnswerOption option : q.options()) {
                index.put(Tokens.normalise(option.code()), option);
                index.put(Tokens.normalise(option.label().da()), option);
                index.put(Tokens.normalise(option.label().en()), option);
            }
            answerIndex.put(q.key(), index);
            looseIndex.put(q.key(), looseIndex(q));
        }
    }

    private static Map<String, String> builtInResources() {
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put("1.0.0", "screening-sheet.json");
        resources.put("2.0.0", "screening-sheet-2.0.0.json");
        return Collections.unmodifiableMap(resources);
    }

    /**
     * The sheet of the 2022 screening shipped with casescreen (the reconstructed 36-question sheet,
     * version 1.0.0), as before there were two versions.
     */
    public static ScreeningSheet builtIn() {
        return builtIn(builtInVersions().getFirst());
    }

    /**
     * The built-in sheet of the given version.
     *
     * @throws IllegalArgumentException when no built-in sheet has that version
     */
    public static ScreeningSheet builtIn(String version) {
        String resource = BUILT_IN.get(version);
        if (resource == null) {
            throw new IllegalArgumentException("There is no built-in screening sheet version '" + version
                    + "'; the versions are " + String.join(", ", builtInVersions()));
        }
        return LOADED.computeIfAbsent(version, v -> read(resource));
    }

    private static ScreeningSheet read(String resource) {
        try (InputStream in = ScreeningSheet.class.getResourceAsStream(RESOURCES + resource)) {
            if (in == null) {
                throw new IllegalStateException("The built-in screening sheet " + resource + " is missing from the jar");
            }
            return SheetReader.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The versions of the built-in sheets, oldest first ("1.0.0", "2.0.0"). */
    public static List<String> builtInVersions() {
        return List.copyOf(BUILT_IN.keySet());
    }

    /** The newest built-in sheet (2.0.0), the one new fill-in workbooks are made from by default. */
    public static ScreeningSheet latest() {
        return builtIn(builtInVersions().getLast());
    }

    /**
     * The built-in sheet for a screening on {@code date}: the newest version whose
     * {@link #validFrom()} is on or before the date (2.0.0 from 1 July 2024, 1.0.0 before).
     */
    public static ScreeningSheet forScreeningDate(LocalDate date) {
        ScreeningSheet chosen = builtIn();
        for (String version : builtInVersions()) {
            ScreeningSheet candidate = builtIn(version);
            if (candidate.validFrom().map(from -> !date.isBefore(from)).orElse(true)) {
                chosen = candidate;
            }
        }
        return chosen;
    }

    /** Whether this is one of the built-in sheets (same id and a built-in version). */
    public boolean isBuiltInVersion() {
        return BUILT_IN.containsKey(version) && builtIn().id().equals(id);
    }

    /**
     * Loads a sheet definition file.
     *
     * @throws SheetDefinitionException when the file is not a valid sheet definition
     */
    public static ScreeningSheet load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return SheetReader.read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new SheetDefinitionException(file.getFileName().toString(), "", "cannot be read: " + e.getMessage());
        }
    }

    /** The sheet's identifier. */
    public String id() {
        return id;
    }

    /** The sheet's version, such as {@code 1.0.0}. */
    public String version() {
        return version;
    }

    /** The sheet's title in Danish and English. */
    public Text title() {
        return title;
    }

    /** The first screening date this version is meant for, if it has one (2.0.0: 1 July 2024). */
    public Optional<LocalDate> validFrom() {
        return validFrom;
    }

    /** The questions this version retires, in sheet order (none in 1.0.0; q27 and q28 in 2.0.0). */
    public List<Question> retiredQuestions() {
        return questions.stream().filter(Question::isRetired).toList();
    }

    /** The record fields besides the answers (municipality, case number, date, cost, remark). */
    public List<RecordField> fields() {
        return fields;
    }

    /** The record field with the given key. */
    public RecordField field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No record field '" + key + "'"));
    }

    /** The questions in sheet order. */
    public List<Question> questions() {
        return questions;
    }

    /** The question with the given key, if the sheet has it. */
    public Optional<Question> question(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The question with the given key; throws when the sheet has none. */
    public Question require(String key) {
        Question q = byKey.get(key);
        if (q == null) {
            throw new IllegalArgumentException("The sheet " + id + " " + version + " has no question '" + key + "'");
        }
        return q;
    }

    /** The question with the given number, if the sheet has it. */
    public Optional<Question> questionNumber(int number) {
        return questions.stream().filter(q -> q.number() == number).findFirst();
    }

    /**
     * Finds the option a typed answer means: its code, Danish label or English label, compared after
     * {@link Tokens#normalise(String)} and nothing looser.
     */
    public Optional<AnswerOption> match(Question question, String typed) {
        Map<String, AnswerOption> index = answerIndex.get(question.key());
        return index == null ? Optional.empty() : Optional.ofNullable(index.get(Tokens.normalise(typed)));
    }

    /**
     * The options a typed answer may mean when it matches none {@linkplain #match exactly}: those
     * with a Danish or English label that has a unit or a closing remark in parentheses and reads
     * like the typed text once both are {@linkplain Tokens#withoutUnits without units}. "over 10"
     * and "2,0-2,5" find the cost band's "Over 10 mio. kr." and "2,0–2,5 mio. kr.". The caller
     * accepts the answer only when exactly one option is found; more are ambiguous.
     *
     * @return the options in the question's order, each once; empty when none reads like it
     */
    public List<AnswerOption> looseMatches(Question question, String typed) {
        Map<String, List<AnswerOption>> index = looseIndex.get(question.key());
        if (index == null || index.isEmpty()) {
            return List.of();
        }
        return index.getOrDefault(Tokens.withoutUnits(Tokens.normalise(typed)), List.of());
    }

    private static Map<String, List<AnswerOption>> looseIndex(Question q) {
        Map<String, List<AnswerOption>> index = new HashMap<>();
        for (AnswerOption option : q.options()) {
            for (String label : List.of(option.label().da(), option.label().en())) {
                String normalised = Tokens.normalise(label);
                String loose = Tokens.withoutUnits(normalised);
                if (!loose.isEmpty() && !loose.equals(normalised)) {
                    List<AnswerOption> options = index.computeIfAbsent(loose, k -> new java.util.ArrayList<>());
                    if (!options.contains(option)) {
                        options.add(option);
                    }
                }
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return index;
    }

    @Override
    public String toString() {
        return "ScreeningSheet[" + id + " " + version + ", " + questions.size() + " questions]";
    }
}
