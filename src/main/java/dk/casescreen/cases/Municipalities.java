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

    private final List<Municipality> all;
    private final Map<String, Municipality> index = new HashMap<>();

    private Municipalities(List<Municipality> all) {
        this.all = List.copyOf(all);
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

    private static String normaliseCode(String code) {
        String c = code.strip();
        if (!c.isEmpty() && c.chars().allMatch(Character::isDigit)) {
            c = c.replaceFirst("^0+(?=.)", "");
        }
        return "#" + c;
    }
}
