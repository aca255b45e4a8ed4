package dk.casescreen.reference;

import dk.casescreen.cases.Municipality;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes municipalities with their populations aged 18–66 as semicolon-separated text:
 * {@code code;name;region;aged_18_66}, one municipality per line after the heading.
 */
public final class PopulationsCsv {

    /** The heading line. */
    public static final String HEADING = "code;name;region;aged_18_66";

    private PopulationsCsv() {
    }

    /** Writes the populations. */
    public static void write(List<MunicipalityPopulation> populations, Writer out) {
        try {
            out.write(HEADING + "\r\n");
            for (MunicipalityPopulation p : populations) {
                Municipality m = p.municipality();
                out.write(m.code() + ";" + m.name() + ";" + m.region() + ";" + p.aged18to66() + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads populations written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the line when a line is not of the form
     */
    public static List<MunicipalityPopulation> read(BufferedReader in, String name) throws IOException {
        String heading = in.readLine();
        if (heading == null || !heading.replace("\uFEFF", "").strip().equals(HEADING)) {
            throw new IllegalArgumentException(name + ", line 1: the heading must be " + HEADING);
        }
        List<MunicipalityPopulation> list = new ArrayList<>();
        int lineNumber = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", -1);
            try {
                if (parts.length != 4) {
                    throw new NumberFormatException();
                }
                list.add(new MunicipalityPopulation(new Municipality(parts[0].strip(), parts[1].strip(), parts[2].strip()),
                        Long.parseLong(parts[3].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ", line " + lineNumber + ": expected code;name;region;aged_18_66");
            }
        }
        return list;
    }

    /**
     * Reads a populations file.
     *
     * @throws IllegalArgumentException naming the file and line when it cannot be read or is not of the form
     */
    public static List<MunicipalityPopulation> readFile(java.nio.file.Path file) {
        try (BufferedReader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads populations, turning I/O failures into unchecked ones. */
    static List<MunicipalityPopulation> readUnchecked(BufferedReader in, String name) {
        try {
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
