package dk.casescreen.cases;

import dk.casescreen.sheet.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The municipalities case records may name: by default the 98 Danish municipalities with their
 * codes and regions. A municipality is found by its code (leading zeros allowed: "101", "0101")
 * or its name, compared like answers (case, surrounding spaces and trailing punctuation aside),
 * also in the form "Københavns Kommune".
 */
public final class Municipalities {

    private static final String DANISH = "/dk/casescreen/cases/municipalities.csv";

    /** Typed names longer than this (after folding) get no suggestion: no name is near them. */
    private static final int SUGGEST_LENGTH = 40;

    private final List<Municipality> all;
    private final Map<String, Municipality> index = new HashMap<>();
    private final String[] folded;

    private Municipalities(List<Municipality> all) {
        this.all = List.copyOf(all);
        this.folded = new String[all.size()];
        for (int i = 0; i < all.size(); i++) {
            folded[i] = fold(all.get(i).name());
        }
        for (Municipality m : all) {
            index.put(normaliseCode(m.code()), m);
            String name = Tokens.normalise(m.name());
            index.put(name, m);
            index.put(name + " kommune", m);
            index.put(name + "s kommune", m);
            index.put(name + " regionskommune", m);
            index.put(name + "s regionskommune", m);
        }
    }

    /** The 98 Danish municipalities. */
    public static Municipalities danish() {
        try (InputStream in = Municipalities.class.getResourceAsStream(DANISH)) {
            if (in == null) {
                throw new IllegalStateException("The list of municipalities is missing from the jar");
            }
            List<Municipality> list = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] parts = line.split(",", 3);
                    list.add(new Municipality(parts[0].strip(), parts[1].strip(), parts[2].strip()));
                }
            }
            return new Municipalities(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 98 Danish municipalities and the fictional ones of synthetic data (codes 901–999, names marked
     * "(fiktiv)"): what a case file may name. Cases of a fictional municipality make a table synthetic
     * ({@code DataOrigin}), so synthetic files load without a registry of their own and are labelled.
     */
    public static Municipalities known() {
        return danish().with(of(FictionalMunicipalities.first(99)));
    }

    /** A registry of the given municipalities (for instance the fictional ones of synthetic data). */
    public static Municipalities of(List<Municipality> municipalities) {
        return new Municipalities(municipalities);
    }

    /** This registry together with the municipalities of {@code other}. */
    public Municipalities with(Municipalities other) {
        List<Municipality> both = new ArrayList<>(all);
        both.addAll(other.all);
        return new Municipalities(both);
    }

    /** All municipalities in the registry, in registry order. */
    public List<Municipality> all() {
        return all;
    }

    /** Finds a municipality by code or name. */
    public Optional<Municipality> find(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String key = Tokens.normalise(typed);
        Municipality byName = index.get(key);
        return byName != null ? Optional.of(byName) : Optional.ofNullable(index.get(normaliseCode(key)));
    }

    /**
     * The municipalities a typed name that {@link #find} does not know probably means: those whose
     * name, with "å", "æ", "ø" written "aa", "ae", "oe", case, a suffix "kommune" and a remark in
     * parentheses aside, lies within 2 edits (Levenshtein distance; 1 for names of up to 4 letters)
     * of the typed name, the nearest first. "Århus" suggests Aarhus, "Kobenhavn" København. Codes
     * and long texts get no suggestion. A suggestion is for a message ("mente du Aarhus?"); it is
     * never read as the municipality.
     *
     * @return at most 3 municipalities at the smallest distance found, in registry order; empty when none is near
     */
    public List<Municipality> suggest(String typed) {
        if (typed == null) {
            return List.of();
        }
        String key = fold(typed);
        if (key.isEmpty() || key.length() > SUGGEST_LENGTH || key.chars().allMatch(Character::isDigit)) {
            return List.of();
        }
        int limit = key.length() <= 4 ? 1 : 2;
        int best = limit + 1;
        List<Municipality> found = new ArrayList<>();
        for (int i = 0; i < folded.length; i++) {
            int d = distance(key, folded[i], limit);
            if (d < best) {
                found.clear();
                best = d;
                found.add(all.get(i));
            } else if (d == best && d <= limit && found.size() < 3
                    && !namedIn(found, all.get(i).name())) {
                found.add(all.get(i));
            }
        }
        return List.copyOf(found);
    }

    private static boolean namedIn(List<Municipality> found, String name) {
        return found.stream().anyMatch(m -> m.name().equals(name));
    }

    /** A name as {@link #suggest} compares it: normalised, Danish letters spelt out, without suffix or remark. */
    private static String fold(String name) {
        String n = Tokens.normalise(name);
        int open = n.indexOf('(');
        if (open > 0) {
            n = n.substring(0, open).strip();
        }
        for (String suffix : new String[] {"s regionskommune", " regionskommune", "s kommune", " kommune"}) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                n = n.substring(0, n.length() - suffix.length());
                break;
            }
        }
        StringBuilder out = new StringBuilder(n.length() + 4);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case 'å' -> out.append("aa");
                case 'æ' -> out.append("ae");
                case 'ø' -> out.append("oe");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The Levenshtein distance of {@code a} and {@code b}, or {@code limit + 1} when it exceeds {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit + 1);
    }

    private static String normaliseCode(String code) {
        String c = code.strip();
        if (!c.isEmpty() && c.chars().allMatch(Character::isDigit)) {
            c = c.replaceFirst("^0+(?=.)", "");
        }
        return "#" + c;
    }
}
