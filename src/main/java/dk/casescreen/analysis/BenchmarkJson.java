package dk.casescreen.analysis;

import dk.casescreen.Language;
import dk.casescreen.Text;
import dk.casescreen.cases.DataOrigin;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads a {@link Benchmark} as JSON that validates against {@code data-schema/benchmark.schema.json}
 * (format {@value #FORMAT}, version {@value #FORMAT_VERSION}).
 *
 * <p>A count is a whole number, {@code "<5"} (primary suppression at threshold 5) or {@code "·"} (secondary
 * suppression). The field {@code digest_sha256} is the SHA-256 of the canonical form of everything else (object
 * keys sorted, no spaces): a count changed by hand no longer matches. The digest detects changes and damage,
 * not a forger who recomputes it.
 *
 * <p>Reading is strict and all-or-nothing: a wrong format, unknown fields, a digest that does not match or
 * counts that do not add up give a {@link BenchmarkException} naming the file. A benchmark of another sheet
 * version is mapped by question key: questions and answers the reading sheet lacks are dropped with a note
 * ({@link Benchmark#notes()}).
 */
public final class BenchmarkJson {

    /** The format marker. */
    public static final String FORMAT = "casescreen-benchmark";
    /** The version of the layout. */
    public static final String FORMAT_VERSION = "1.0.0";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonMapper COMPACT = JsonMapper.builder().build();
    private static final String DIGEST = "digest_sha256";
    private static final String SECONDARY = "·";

    private BenchmarkJson() {
    }

    /** The benchmark as a JSON document; deterministic. */
    public static String render(Benchmark b) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", FORMAT_VERSION);
        root.put("title", b.title());
        root.put("synthetic", b.synthetic());
        root.put("origin", b.origin().name().toLowerCase(Locale.ROOT));
        if (b.synthetic()) {
            root.put("data_label_da", "SYNTETISK: syntetiske data, ingen rigtige borgere");
            root.put("data_label_en", "SYNTHETIC: synthetic data, no real citizens");
        }
        root.putObject("sheet").put("id", b.sheetId()).put("version", b.sheetVersion());
        ObjectNode dates = root.putObject("screening_dates");
        dates.put("first", b.firstScreening().map(LocalDate::toString).orElse(null));
        dates.put("last", b.lastScreening().map(LocalDate::toString).orElse(null));
        root.put("municipalities", b.municipalities());
        ObjectNode cases = root.putObject("cases");
        count(cases, "screened", b.screenedCases(), b.threshold());
        count(cases, "comparison", b.comparisonCases(), b.threshold());
        root.putObject("disclosure").put("threshold", b.threshold()).put("suppressed", b.suppressedCount());
        ArrayNode questions = root.putArray("questions");
        for (Benchmark.QuestionCounts q : b.questions()) {
            ObjectNode node = questions.addObject();
            node.put("key", q.question());
            count(node, "answered", q.answered(), b.threshold());
            count(node, "not_answered", q.notAnswered(), b.threshold());
            count(node, "not_applicable", q.notApplicable(), b.threshold());
            ArrayNode answers = node.putArray("answers");
            for (Benchmark.AnswerCount a : q.answers()) {
                ObjectNode an = answers.addObject();
                an.put("code", a.code());
                count(an, "count", a.count(), b.threshold());
            }
        }
        ArrayNode hypotheses = root.putArray("hypotheses");
        for (Benchmark.HypothesisCounts h : b.hypotheses()) {
            ObjectNode node = hypotheses.addObject();
            node.put("id", h.id());
            node.put("claim_da", h.claim().da()).put("claim_en", h.claim().en());
            node.put("exposure_da", h.exposure().da()).put("exposure_en", h.exposure().en());
            ArrayNode bands = node.putArray("bands");
            for (Benchmark.BandCount band : h.bands()) {
                ObjectNode bn = bands.addObject();
                bn.put("band", band.band());
                count(bn, "exposed", band.exposed(), b.threshold());
                count(bn, "unexposed", band.unexposed(), b.threshold());
            }
        }
        root.put(DIGEST, digest(root));
        return JSON.writeValueAsString(root) + "\n";
    }

    /** Writes the benchmark to a file (UTF-8). */
    public static void write(Benchmark b, Path file) throws IOException {
        Files.writeString(file, render(b), StandardCharsets.UTF_8);
    }

    /**
     * Reads a benchmark file for use with {@code sheet}.
     *
     * @throws BenchmarkException if the file cannot be read or is not a sound benchmark
     */
    public static Benchmark read(Path file, ScreeningSheet sheet) {
        String name = String.valueOf(file.getFileName());
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BenchmarkException(name, new Text("filen kan ikke læses (" + e.getMessage() + ")",
                    "the file cannot be read (" + e.getMessage() + ")"));
        }
        return read(text, name, sheet);
    }

    /**
     * Reads a benchmark from text; {@code name} names it in messages.
     *
     * @throws BenchmarkException if the text is not a sound benchmark
     */
    public static Benchmark read(String text, String name, ScreeningSheet sheet) {
        JsonNode root;
        try {
            root = COMPACT.readTree(text);
        } catch (JacksonException e) {
            throw new BenchmarkException(name, new Text("filen er ikke gyldig JSON", "the file is not valid JSON"));
        }
        return new Reader(name, sheet).benchmark(root);
    }

    private static void count(ObjectNode node, String field, BenchmarkCount c, int threshold) {
        switch (c.status()) {
            case SHOWN -> node.put(field, c.value().getAsLong());
            case PRIMARY -> node.put(field, "<" + threshold);
            case SECONDARY -> node.put(field, SECONDARY);
        }
    }

    /** The SHA-256 of the canonical form of the node without its digest field. */
    static String digest(JsonNode root) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(root).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static String canonical(JsonNode root) {
        return COMPACT.writeValueAsString(sorted(root, true));
    }

    private static JsonNode sorted(JsonNode node, boolean top) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!(top && e.getKey().equals(DIGEST))) {
                    fields.put(e.getKey(), sorted(e.getValue(), false));
                }
            }
            ObjectNode out = COMPACT.createObjectNode();
            fields.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = COMPACT.createArrayNode();
            for (JsonNode e : node) {
                out.add(sorted(e, false));
            }
            return out;
        }
        return node;
    }

    /** The strict reader of one file. */
    private static final class Reader {
        private final String name;
        private final ScreeningSheet sheet;
        private int threshold;

        Reader(String name, ScreeningSheet sheet) {
            this.name = name;
            this.sheet = sheet;
        }

        private BenchmarkException error(String da, String en) {
            return new BenchmarkException(name, new Text(da, en));
        }

        Benchmark benchmark(JsonNode root) {
            if (!root.isObject() || root.get("format") == null || !FORMAT.equals(root.get("format").asString(""))) {
                throw error("det er ikke en casescreen-benchmark (feltet format skal være \"" + FORMAT + "\")",
                        "it is not a casescreen benchmark (the field format must be \"" + FORMAT + "\")");
            }
            String version = text(root, "format_version", "");
            if (!version.startsWith("1.")) {
                throw error("formatversion " + version + " kendes ikke (denne version læser 1.x)",
                        "format version " + version + " is unknown (this version reads 1.x)");
            }
            String digest = text(root, DIGEST, "");
            if (!digest.equals(digest(root))) {
                throw error("indholdet er ændret efter filen blev skrevet (SHA-256 passer ikke)",
                        "the content was changed after the file was written (the SHA-256 digest does not match)");
            }
            fields(root, "", Set.of("format", "format_version", "title", "synthetic", "origin", "data_label_da",
                    "data_label_en", "sheet", "screening_dates", "municipalities", "cases", "disclosure", "questions",
                    "hypotheses", DIGEST));
            JsonNode disclosure = object(root, "disclosure", "");
            fields(disclosure, "disclosure", Set.of("threshold", "suppressed"));
            threshold = (int) number(disclosure, "threshold", "disclosure");
            if (threshold < 3) {
                throw error("tærsklen for små tal er " + threshold + ", under 3", "the disclosure threshold " + threshold + " is below 3");
            }
            String title = text(root, "title", "");
            DataOrigin origin = switch (text(root, "origin", "")) {
                case "observed" -> DataOrigin.OBSERVED;
                case "synthetic" -> DataOrigin.SYNTHETIC;
                default -> throw error("origin skal være observed eller synthetic", "origin must be observed or synthetic");
            };
            if (bool(root, "synthetic") != origin.isSynthetic()) {
                throw error("synthetic og origin modsiger hinanden", "synthetic and origin contradict each other");
            }
            JsonNode sheetNode = object(root, "sheet", "");
            fields(sheetNode, "sheet", Set.of("id", "version"));
            String sheetId = text(sheetNode, "id", "sheet");
            String sheetVersion = text(sheetNode, "version", "sheet");
            JsonNode datesNode = object(root, "screening_dates", "");
            fields(datesNode, "screening_dates", Set.of("first", "last"));
            Optional<LocalDate> first = date(datesNode, "first");
            Optional<LocalDate> last = date(datesNode, "last");
            long municipalities = number(root, "municipalities", "");
            if (municipalities < Benchmark.MINIMUM_MUNICIPALITIES) {
                Text t = Benchmark.tooFew((int) municipalities);
                throw error(t.da(), t.en());
            }
            JsonNode casesNode = object(root, "cases", "");
            fields(casesNode, "cases", Set.of("screened", "comparison"));
            BenchmarkCount screened = count(casesNode, "screened", "cases");
            BenchmarkCount comparison = count(casesNode, "comparison", "cases");

            List<Text> notes = new ArrayList<>();
            boolean otherSheet = !sheetId.equals(sheet.id()) || !sheetVersion.equals(sheet.version());
            if (otherSheet) {
                notes.add(new Text("Benchmarken er lavet med skemaet " + sheetId + " " + sheetVersion
                        + "; spørgsmålene er parret efter nøgle med skemaet " + sheet.id() + " " + sheet.version() + ".",
                        "The benchmark was made with the sheet " + sheetId + " " + sheetVersion
                                + "; its questions are matched by key to the sheet " + sheet.id() + " " + sheet.version() + "."));
            }
            List<Benchmark.QuestionCounts> questions = new ArrayList<>();
            for (JsonNode q : array(root, "questions", "")) {
                String key = text(q, "key", "questions");
                String where = "questions/" + key;
                fields(q, where, Set.of("key", "answered", "not_answered", "not_applicable", "answers"));
                BenchmarkCount answered = count(q, "answered", where);
                BenchmarkCount notAnswered = count(q, "not_answered", where);
                BenchmarkCount notApplicable = count(q, "not_applicable", where);
                List<Benchmark.AnswerCount> answers = new ArrayList<>();
                long shownSum = 0;
                for (JsonNode a : array(q, "answers", where)) {
                    fields(a, where + "/answers", Set.of("code", "count"));
                    String code = text(a, "code", where + "/answers");
                    BenchmarkCount c = count(a, "count", where + "/" + code);
                    shownSum += c.value().orElse(0);
                    answers.add(new Benchmark.AnswerCount(code, c));
                }
                if (answered.value().isPresent() && shownSum > answered.value().getAsLong()) {
                    throw error("svarene på " + key + " er i alt " + shownSum + ", flere end de " + answered.value().getAsLong()
                            + " der har svaret", "the answers to " + key + " add up to " + shownSum + ", more than the "
                            + answered.value().getAsLong() + " who answered");
                }
                checkTotal(key, screened, answered, notAnswered, notApplicable);
                Optional<Question> own = sheet.question(key);
                if (own.isEmpty()) {
                    notes.add(new Text("Spørgsmålet " + key + " findes ikke i skemaet " + sheet.version() + " og er udeladt.",
                            "The question " + key + " is not in the sheet " + sheet.version() + " and was left out."));
                    continue;
                }
                List<Benchmark.AnswerCount> kept = new ArrayList<>();
                for (Benchmark.AnswerCount a : answers) {
                    if (own.get().option(a.code()).isPresent()) {
                        kept.add(a);
                    } else {
                        notes.add(new Text("Svaret " + a.code() + " til " + key + " findes ikke i skemaet " + sheet.version()
                                + " og er udeladt.", "The answer " + a.code() + " to " + key + " is not in the sheet "
                                + sheet.version() + " and was left out."));
                    }
                }
                questions.add(new Benchmark.QuestionCounts(key, answered, notAnswered, notApplicable, kept));
            }
            List<Benchmark.HypothesisCounts> hypotheses = new ArrayList<>();
            for (JsonNode h : array(root, "hypotheses", "")) {
                String id = text(h, "id", "hypotheses");
                String where = "hypotheses/" + id;
                fields(h, where, Set.of("id", "claim_da", "claim_en", "exposure_da", "exposure_en", "bands"));
                List<Benchmark.BandCount> bands = new ArrayList<>();
                long shown = 0;
                for (JsonNode band : array(h, "bands", where)) {
                    fields(band, where + "/bands", Set.of("band", "exposed", "unexposed"));
                    String code = text(band, "band", where + "/bands");
                    BenchmarkCount exposed = count(band, "exposed", where + "/" + code);
                    BenchmarkCount unexposed = count(band, "unexposed", where + "/" + code);
                    shown += exposed.value().orElse(0) + unexposed.value().orElse(0);
                    bands.add(new Benchmark.BandCount(code, exposed, unexposed));
                }
                if (screened.value().isPresent() && shown > screened.value().getAsLong()) {
                    throw error("hypotesen " + id + " tæller flere sager end de screenede", "the hypothesis " + id
                            + " counts more cases than were screened");
                }
                hypotheses.add(new Benchmark.HypothesisCounts(id, new Text(text(h, "claim_da", where), text(h, "claim_en", where)),
                        new Text(text(h, "exposure_da", where), text(h, "exposure_en", where)), bands));
            }
            return new Benchmark(title, origin, sheetId, sheetVersion, first, last, (int) municipalities, screened, comparison,
                    threshold, questions, hypotheses, notes);
        }

        private void checkTotal(String key, BenchmarkCount screened, BenchmarkCount... parts) {
            long sum = 0;
            boolean all = true;
            for (BenchmarkCount p : parts) {
                sum += p.value().orElse(0);
                all &= p.value().isPresent();
            }
            if (screened.value().isPresent() && (sum > screened.value().getAsLong() || all && sum != screened.value().getAsLong())) {
                throw error("svarede, ikke besvarede og ikke relevante til " + key + " er i alt " + sum + ", ikke de "
                        + screened.value().getAsLong() + " screenede sager", "answered, not answered and not applicable of "
                        + key + " add up to " + sum + ", not the " + screened.value().getAsLong() + " screened cases");
            }
        }

        private BenchmarkCount count(JsonNode node, String field, String where) {
            JsonNode v = node.get(field);
            if (v != null && v.isIntegralNumber() && v.asLong() >= 0) {
                long n = v.asLong();
                if (n > 0 && n < threshold) {
                    throw error(at(where, field) + " er " + n + ", et lille tal der skulle have været skjult",
                            at(where, field) + " is " + n + ", a small count that should have been suppressed");
                }
                return BenchmarkCount.shown(n);
            }
            if (v != null && v.isString()) {
                if (v.asString().equals("<" + threshold)) {
                    return BenchmarkCount.primary();
                }
                if (v.asString().equals(SECONDARY)) {
                    return BenchmarkCount.secondary();
                }
            }
            throw error(at(where, field) + " skal være et helt tal, \"<" + threshold + "\" eller \"·\"",
                    at(where, field) + " must be a whole number, \"<" + threshold + "\" or \"·\"");
        }

        private static String at(String where, String field) {
            return where.isEmpty() ? field : where + "/" + field;
        }

        private void fields(JsonNode node, String where, Set<String> allowed) {
            Iterator<String> names = node.propertyNames().iterator();
            while (names.hasNext()) {
                String f = names.next();
                if (!allowed.contains(f)) {
                    throw error("feltet " + at(where, f) + " hører ikke til formatet", "the field " + at(where, f)
                            + " is not part of the format");
                }
            }
        }

        private String text(JsonNode node, String field, String where) {
            JsonNode v = node.get(field);
            if (v == null || !v.isString()) {
                throw error("feltet " + at(where, field) + " mangler eller er ikke tekst", "the field " + at(where, field)
                        + " is missing or not text");
            }
            return v.asString();
        }

        private long number(JsonNode node, String field, String where) {
            JsonNode v = node.get(field);
            if (v == null || !v.isIntegralNumber() || v.asLong() < 0) {
                throw error("feltet " + at(where, field) + " mangler eller er ikke et helt tal", "the field "
                        + at(where, field) + " is missing or not a whole number");
            }
            return v.asLong();
        }

        private boolean bool(JsonNode node, String field) {
            JsonNode v = node.get(field);
            if (v == null || !v.isBoolean()) {
                throw error("feltet " + field + " mangler eller er ikke sand/falsk", "the field " + field + " is missing or not a boolean");
            }
            return v.asBoolean();
        }

        private JsonNode object(JsonNode node, String field, String where) {
            JsonNode v = node.get(field);
            if (v == null || !v.isObject()) {
                throw error("feltet " + at(where, field) + " mangler", "the field " + at(where, field) + " is missing");
            }
            return v;
        }

        private JsonNode array(JsonNode node, String field, String where) {
            JsonNode v = node.get(field);
            if (v == null || !v.isArray()) {
                throw error("listen " + at(where, field) + " mangler", "the list " + at(where, field) + " is missing");
            }
            return v;
        }

        private Optional<LocalDate> date(JsonNode node, String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(v.asString()));
            } catch (DateTimeParseException e) {
                throw error("screening_dates/" + field + " er ikke en dato", "screening_dates/" + field + " is not a date");
            }
        }
    }

    /** Describes the problem of a benchmark file in the given language (for the command line). */
    public static String describe(BenchmarkException e, Language language) {
        return e.describe(language);
    }
}
