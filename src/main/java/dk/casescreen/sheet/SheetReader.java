package dk.casescreen.sheet;

import dk.casescreen.Text;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and checks a screening-sheet definition file (JSON, see {@code data-schema/screening-sheet.json}). */
final class SheetReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String source;

    private SheetReader(String source) {
        this.source = source;
    }

    static ScreeningSheet read(InputStream in, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new SheetDefinitionException(source, "", "is not valid JSON: " + e.getOriginalMessage());
        }
        return new SheetReader(source).sheet(root);
    }

    private ScreeningSheet sheet(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw fail("", "the top level must be a JSON object");
        }
        String id = string(root, "id", "");
        String version = string(root, "version", "");
        Text title = text(root, "title", "");
        List<RecordField> fields = new ArrayList<>();
        JsonNode fieldNodes = array(root, "fields", "");
        for (int i = 0; i < fieldNodes.size(); i++) {
            fields.add(field(fieldNodes.get(i), "fields[" + i + "]"));
        }
        checkFields(fields);
        List<Question> questions = new ArrayList<>();
        JsonNode questionNodes = array(root, "questions", "");
        for (int i = 0; i < questionNodes.size(); i++) {
            questions.add(question(questionNodes.get(i), "questions[" + i + "]"));
        }
        checkQuestions(questions);
        Optional<LocalDate> validFrom = root.has("valid_from") ? Optional.of(date(root, "valid_from", ""))
                : Optional.empty();
        return new ScreeningSheet(id, version, title, validFrom, fields, questions);
    }

    private RecordField field(JsonNode node, String where) {
        List<String> aliases = new ArrayList<>();
        JsonNode aliasNodes = node.get("aliases");
        if (aliasNodes != null && aliasNodes.isArray()) {
            aliasNodes.forEach(a -> aliases.add(a.asString()));
        }
        return new RecordField(string(node, "key", where), text(node, "label", where), aliases);
    }

    private void checkFields(List<RecordField> fields) {
        Set<String> keys = new HashSet<>();
        for (RecordField f : fields) {
            if (!RecordField.REQUIRED_KEYS.contains(f.key())) {
                throw fail("fields", "unknown record field '" + f.key() + "'; the fields are " + RecordField.REQUIRED_KEYS);
            }
            keys.add(f.key());
        }
        if (!keys.containsAll(RecordField.REQUIRED_KEYS)) {
            throw fail("fields", "every record field must be defined: " + RecordField.REQUIRED_KEYS);
        }
    }

    private Question question(JsonNode node, String where) {
        int number = integer(node, "number", where);
        String key = string(node, "key", where);
        if (!key.matches("[a-z][a-z0-9_]*")) {
            throw fail(where + ".key", "'" + key + "' must be lower-case ASCII snake_case");
        }
        AnswerType type = enumValue(AnswerType.class, string(node, "type", where), where + ".type");
        Provenance provenance = enumValue(Provenance.class, string(node, "provenance", where), where + ".provenance");
        List<AnswerOption> options = new ArrayList<>();
        int min = 0;
        int max = 0;
        if (type.isChoice()) {
            JsonNode optionNodes = array(node, "options", where);
            for (int i = 0; i < optionNodes.size(); i++) {
                options.add(option(optionNodes.get(i), where + ".options[" + i + "]", provenance));
            }
            checkOptions(options, where);
        } else {
            JsonNode range = node.get("range");
            if (range == null || !range.isObject()) {
                throw fail(where, "a whole_number question needs \"range\": {\"min\", \"max\"}");
            }
            min = integer(range, "min", where + ".range");
            max = integer(range, "max", where + ".range");
            if (min > max) {
                throw fail(where + ".range", "min " + min + " is above max " + max);
            }
        }
        Optional<Text> help = node.has("help") ? Optional.of(text(node, "help", where)) : Optional.empty();
        Optional<Condition> condition = Optional.empty();
        JsonNode applies = node.get("applies_when");
        if (applies != null) {
            Set<String> answers = new LinkedHashSet<>();
            array(applies, "answers", where + ".applies_when").forEach(a -> answers.add(a.asString()));
            condition = Optional.of(new Condition(string(applies, "question", where + ".applies_when"), answers));
        }
        Optional<PublishedFigure> published = node.has("published")
                ? Optional.of(published(node.get("published"), where + ".published")) : Optional.empty();
        Optional<Retirement> retired = Optional.empty();
        JsonNode retiredNode = node.get("retired");
        if (retiredNode != null) {
            if (!retiredNode.isObject()) {
                throw fail(where + ".retired", "must be an object with \"from\", \"da\" and \"en\"");
            }
            retired = Optional.of(new Retirement(date(retiredNode, "from", where + ".retired"),
                    new Text(string(retiredNode, "da", where + ".retired"), string(retiredNode, "en", where + ".retired"))));
        }
        return new Question(number, key, text(node, "text", where), help, type, options, min, max, condition,
                provenance, published, retired);
    }

    /** An answer option; without its own "provenance" it has its question's. */
    private AnswerOption option(JsonNode node, String where, Provenance questionProvenance) {
        String code = string(node, "code", where);
        if (!code.matches("[a-z][a-z0-9_]*")) {
            throw fail(where + ".code", "'" + code + "' must be lower-case ASCII snake_case starting with a letter");
        }
        boolean dontKnow = node.has("dont_know") && node.get("dont_know").asBoolean();
        Provenance provenance = node.has("provenance")
                ? enumValue(Provenance.class, string(node, "provenance", where), where + ".provenance")
                : questionProvenance;
        return new AnswerOption(code, text(node, "label", where), dontKnow, provenance, amount(node, where));
    }

    /**
     * The amounts an option stands for: {@code "min_kr"} (inclusive) and, unless the band is open
     * upwards, {@code "max_kr"} (exclusive), whole kr.; none when the option has neither.
     */
    private Optional<KrRange> amount(JsonNode node, String where) {
        if (!node.has("min_kr") && !node.has("max_kr")) {
            return Optional.empty();
        }
        if (!node.has("min_kr")) {
            throw fail(where, "\"max_kr\" needs \"min_kr\" (0 for a band from nothing)");
        }
        long min = kroner(node, "min_kr", where);
        OptionalLong max = node.has("max_kr") ? OptionalLong.of(kroner(node, "max_kr", where)) : OptionalLong.empty();
        if (max.isPresent() && max.getAsLong() <= min) {
            throw fail(where, "\"max_kr\" " + max.getAsLong() + " must be above \"min_kr\" " + min);
        }
        return Optional.of(new KrRange(min, max));
    }

    private long kroner(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw fail(where, "\"" + name + "\" must be a whole number of kr., 0 or more");
        }
        return value.asLong();
    }

    private void checkOptions(List<AnswerOption> options, String where) {
        if (options.isEmpty()) {
            throw fail(where + ".options", "a choice question needs at least one option");
        }
        checkRanges(options, where);
        Set<String> tokens = new HashSet<>();
        for (AnswerOption option : options) {
            Set<String> own = new HashSet<>(List.of(Tokens.normalise(option.code()),
                    Tokens.normalise(option.label().da()), Tokens.normalise(option.label().en())));
            for (String token : own) {
                if (!tokens.add(token)) {
                    throw fail(where + ".options", "'" + token + "' would match more than one option");
                }
            }
        }
    }

    /** Amount ranges of one question's options must not overlap: an amount lies in one band at most. */
    private void checkRanges(List<AnswerOption> options, String where) {
        List<AnswerOption> banded = options.stream().filter(o -> o.amount().isPresent()).toList();
        for (int i = 0; i < banded.size(); i++) {
            KrRange a = banded.get(i).amount().orElseThrow();
            for (int j = i + 1; j < banded.size(); j++) {
                KrRange b = banded.get(j).amount().orElseThrow();
                boolean aBelowB = a.maxKr().isPresent() && a.maxKr().getAsLong() <= b.minKr();
                boolean bBelowA = b.maxKr().isPresent() && b.maxKr().getAsLong() <= a.minKr();
                if (!aBelowB && !bBelowA) {
                    throw fail(where + ".options", "the amounts of '" + banded.get(i).code() + "' and '"
                            + banded.get(j).code() + "' overlap");
                }
            }
        }
    }

    private PublishedFigure published(JsonNode node, String where) {
        Text text = new Text(string(node, "da", where), string(node, "en", where));
        OptionalDouble share = node.has("share") ? OptionalDouble.of(node.get("share").asDouble()) : OptionalDouble.empty();
        List<String> answers = new ArrayList<>();
        if (node.has("answers")) {
            node.get("answers").forEach(a -> answers.add(a.asString()));
        }
        JsonNode range = node.get("range");
        OptionalInt min = range == null ? OptionalInt.empty() : OptionalInt.of(integer(range, "min", where + ".range"));
        OptionalInt max = range == null ? OptionalInt.empty() : OptionalInt.of(integer(range, "max", where + ".range"));
        OptionalInt n = node.has("n") ? OptionalInt.of(integer(node, "n", where)) : OptionalInt.empty();
        return new PublishedFigure(text, share, answers, min, max, n);
    }

    private void checkQuestions(List<Question> questions) {
        Set<String> keys = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String where = "questions[" + i + "]";
            if (!keys.add(q.key()) || RecordField.REQUIRED_KEYS.contains(q.key())) {
                throw fail(where + ".key", "the key '" + q.key() + "' is used twice");
            }
            if (!numbers.add(q.number())) {
                throw fail(where + ".number", "the number " + q.number() + " is used twice");
            }
            if (q.condition().isPresent()) {
                Condition c = q.condition().get();
                Question target = questions.subList(0, i).stream().filter(o -> o.key().equals(c.questionKey()))
                        .findFirst().orElseThrow(() -> fail(where + ".applies_when",
                                "'" + c.questionKey() + "' is not an earlier question"));
                for (String code : c.answers()) {
                    if (target.option(code).isEmpty()) {
                        throw fail(where + ".applies_when", "'" + code + "' is not an answer of " + target.key());
                    }
                }
            }
            if (q.published().isPresent()) {
                for (String code : q.published().get().answers()) {
                    if (q.option(code).isEmpty()) {
                        throw fail(where + ".published.answers", "'" + code + "' is not an answer of " + q.key());
                    }
                }
            }
        }
    }

    private String string(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw fail(where, "\"" + name + "\" must be a non-empty string");
        }
        return value.asString();
    }

    private LocalDate date(JsonNode node, String name, String where) {
        String value = string(node, name, where);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw fail(where, "\"" + name + "\" must be a date written yyyy-mm-dd, not '" + value + "'");
        }
    }

    private int integer(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw fail(where, "\"" + name + "\" must be a whole number");
        }
        return value.asInt();
    }

    private JsonNode array(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.isArray()) {
            throw fail(where, "\"" + name + "\" must be an array");
        }
        return value;
    }

    private Text text(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.isObject()) {
            throw fail(where, "\"" + name + "\" must be an object with \"da\" and \"en\"");
        }
        String at = where.isEmpty() ? name : where + "." + name;
        return new Text(string(value, "da", at), string(value, "en", at));
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(where, "'" + value + "' is not one of " + List.of(type.getEnumConstants()).stream()
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    private SheetDefinitionException fail(String where, String problem) {
        return new SheetDefinitionException(source, where, problem);
    }
}
