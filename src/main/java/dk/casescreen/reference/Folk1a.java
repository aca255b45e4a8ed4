package dk.casescreen.reference;

import dk.casescreen.cases.Municipalities;
import dk.casescreen.cases.Municipality;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number of inhabitants aged 18–66 per municipality from a Statistics Denmark FOLK1A export
 * (the semicolon-separated CSV the StatBank writes, columns OMRÅDE, KØN, ALDER, CIVILSTAND, TID,
 * INDHOLD, UTF-8 or Windows-1252, values quoted or not). Ages are one row per year ("18 år"); totals
 * ("I alt") of sex and marital status are used where the export has them, otherwise the categories are
 * added up. Areas that are no municipality ("Hele landet", regions, "Landsdel ...", Christiansø) are
 * passed over. When the export holds several quarters the latest is used unless one is named.
 */
public final class Folk1a {

    private static final List<String> COLUMNS = List.of("OMRÅDE", "KØN", "ALDER", "CIVILSTAND", "TID", "INDHOLD");
    private static final Pattern AGE = Pattern.compile("(\\d{1,3}) år");
    private static final String TOTAL = "i alt";

    private Folk1a() {
    }

    /** The populations of the latest quarter in the export. */
    public static Folk1aPopulations read(Path file) {
        return read(file, Optional.empty());
    }

    /**
     * The populations of the given quarter (e.g. "2022K4"), or the latest.
     *
     * @throws IllegalArgumentException naming file, line and column when the export cannot be read
     */
    public static Folk1aPopulations read(Path file, Optional<String> quarter) {
        List<String> lines;
        try {
            lines = List.of(decode(Files.readAllBytes(file)).split("\r?\n"));
        } catch (IOException e) {
            throw new IllegalArgumentException(file.getFileName() + ": cannot be read (" + e.getMessage() + ")");
        }
        String name = file.getFileName().toString();
        if (lines.isEmpty() || !cells(lines.getFirst()).equals(COLUMNS)) {
            throw new IllegalArgumentException(name + ", line 1: expected the columns " + String.join(";", COLUMNS)
                    + " (a FOLK1A export from Statistics Denmark)");
        }
        List<String[]> rows = new ArrayList<>();
        boolean sexTotal = false;
        boolean maritalTotal = false;
        TreeSet<String> quarters = new TreeSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> c = cells(lines.get(i));
            if (c.size() != COLUMNS.size()) {
                throw new IllegalArgumentException(name + ", line " + (i + 1) + ": expected 6 columns, found " + c.size());
            }
            String[] row = c.toArray(String[]::new);
            rows.add(append(row, Integer.toString(i + 1)));
            sexTotal |= row[1].toLowerCase(Locale.ROOT).equals(TOTAL);
            maritalTotal |= row[3].toLowerCase(Locale.ROOT).equals(TOTAL);
            quarters.add(row[4]);
        }
        String chosen = quarter.orElse(quarters.isEmpty() ? "" : quarters.last());
        if (!quarters.contains(chosen)) {
            throw new IllegalArgumentException(name + ": the quarter " + chosen + " is not in the export; it has " + quarters);
        }
        Municipalities danish = Municipalities.danish();
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, Municipality> byCode = new LinkedHashMap<>();
        for (String[] row : rows) {
            if (!row[4].equals(chosen) || sexTotal != row[1].toLowerCase(Locale.ROOT).equals(TOTAL)
                    || maritalTotal != row[3].toLowerCase(Locale.ROOT).equals(TOTAL)) {
                continue;
            }
            Matcher age = AGE.matcher(row[2].strip());
            if (!age.matches() || Integer.parseInt(age.group(1)) < 18 || Integer.parseInt(age.group(1)) > 66) {
                continue;
            }
            if (isNoMunicipality(row[0])) {
                continue;
            }
            Municipality m = danish.find(row[0]).orElseThrow(() -> new IllegalArgumentException(
                    name + ", line " + row[6] + ", column OMRÅDE: '" + row[0] + "' is not a Danish municipality"));
            long count;
            try {
                count = Long.parseLong(row[5].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ", line " + row[6] + ", column INDHOLD: '" + row[5]
                        + "' is not a count of persons");
            }
            totals.merge(m.code(), count, Long::sum);
            byCode.put(m.code(), m);
        }
        List<MunicipalityPopulation> populations = new ArrayList<>();
        totals.forEach((code, count) -> populations.add(new MunicipalityPopulation(byCode.get(code), count)));
        return new Folk1aPopulations(chosen, populations);
    }

    private static boolean isNoMunicipality(String area) {
        String a = area.strip().toLowerCase(Locale.ROOT);
        return a.equals("hele landet") || a.startsWith("region ") || a.startsWith("landsdel ") || a.equals("christiansø");
    }

    private static String[] append(String[] row, String extra) {
        String[] longer = java.util.Arrays.copyOf(row, row.length + 1);
        longer[row.length] = extra;
        return longer;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(";", -1)) {
            String c = cell.strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1).replace("\"\"", "\"");
            }
            cells.add(c.replace("\uFEFF", ""));
        }
        return cells;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
