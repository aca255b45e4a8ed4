package dk.casescreen.sheet;

import dk.casescreen.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The screening sheet: a versioned list of questions with their answer options, loaded from a
 * definition file ({@code data-schema/screening-sheet.json}). Everything downstream works from a
 * sheet object, so a user holding another version of the sheet loads that file instead.
 */
public final class ScreeningSheet {

    private static final String BUILT_IN = "/dk/casescreen/schema/screening-sheet.json";

    private final String id;
    private final String version;
    private final Text title;
    private final List<RecordField> fields;
    private final List<Question> questions;
    private final Map<String, Question> byKey = new LinkedHashMap<>();
    private final Map<String, Map<String, AnswerOption>> answerIndex = new HashMap<>();

    ScreeningSheet(String id, String version, Text title, List<RecordField> fields, List<Question> questions) {
        this.id = id;
        this.version = version;
        this.title = title;
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
        }
    }

    /** The sheet shipped with casescreen (the reconstructed 36-question sheet). */
    public static ScreeningSheet builtIn() {
        try (InputStream in = ScreeningSheet.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("The built-in screening sheet is missing from the jar");
            }
            return SheetReader.read(in, "screening-sheet.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    @Override
    public String toString() {
        return "ScreeningSheet[" + id + " " + version + ", " + questions.size() + " questions]";
    }
}
