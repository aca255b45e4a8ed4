package dk.casescreen.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Folk1aTest {

    /** A small export in the StatBank's layout: two quarters, sex totals and categories, ages 17-67. */
    private static String export(boolean quoted) {
        StringBuilder s = new StringBuilder("OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD\n");
        for (String area : new String[] {"Hele landet", "Region Hovedstaden", "København", "Hørsholm", "Læsø"}) {
            for (String quarter : new String[] {"2022K3", "2022K4"}) {
                for (String sex : new String[] {"I alt", "Mænd", "Kvinder"}) {
                    for (int age = 17; age <= 67; age++) {
                        long n = sex.equals("I alt") ? 100 + age : 50;
                        if (quarter.equals("2022K3")) {
                            n += 1;
                        }
                        String[] cells = {area, sex, age + " år", "I alt", quarter, Long.toString(n)};
                        s.append(quoted ? "\"" + String.join("\";\"", cells) + "\"" : String.join(";", cells)).append('\n');
                    }
                }
            }
        }
        return s.toString();
    }

    @Test
    void sumsAges18To66OfTheLatestQuarterUsingTotals(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("folk1a.csv");
        Files.writeString(file, export(false), StandardCharsets.UTF_8);
        Folk1aPopulations p = Folk1a.read(file);
        assertEquals("2022K4", p.quarter());
        assertEquals(3, p.populations().size(), "Hele landet and the region are not municipalities");
        long expected = 0;
        for (int age = 18; age <= 66; age++) {
            expected += 100 + age;
        }
        for (MunicipalityPopulation m : p.populations()) {
            assertEquals(expected, m.aged18to66(), m.municipality().name());
        }
        assertEquals("101", p.populations().getFirst().municipality().code());
    }

    @Test
    void readsAnEarlierQuarterQuotedValuesAndWindows1252(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("folk1a.csv");
        Files.write(file, export(true).getBytes(Charset.forName("windows-1252")));
        Folk1aPopulations p = Folk1a.read(file, Optional.of("2022K3"));
        assertEquals("2022K3", p.quarter());
        assertTrue(p.populations().stream().anyMatch(m -> m.municipality().name().equals("Hørsholm")));
        long expected = 0;
        for (int age = 18; age <= 66; age++) {
            expected += 100 + age + 1;
        }
        assertEquals(expected, p.populations().getFirst().aged18to66(), "the 2022K3 counts are one higher per age");
    }

    @Test
    void addsUpSexesWhenTheExportHasNoTotal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("folk1a.csv");
        String noTotals = export(false).lines().filter(l -> !l.contains(";I alt;") || l.startsWith("OMRÅDE") || !l.split(";")[1].equals("I alt"))
                .reduce("", (a, b) -> a + b + "\n");
        Files.writeString(file, noTotals);
        Folk1aPopulations p = Folk1a.read(file);
        assertEquals(49 * 100, p.populations().getFirst().aged18to66(), "49 ages x (50 men + 50 women)");
    }

    @Test
    void errorsNameTheLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("folk1a.csv");
        Files.writeString(file, "OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD\nAtlantis;I alt;30 år;I alt;2022K4;5\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Folk1a.read(file));
        assertEquals("folk1a.csv, line 2, column OMRÅDE: 'Atlantis' is not a Danish municipality", e.getMessage());
        Files.writeString(file, "OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD\nAarhus;I alt;30 år;I alt;2022K4;..\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Folk1a.read(file)).getMessage().contains("line 2, column INDHOLD"));
        Files.writeString(file, "a;b\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Folk1a.read(file)).getMessage().contains("FOLK1A"));
    }
}
