package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthAndCalibrationCommandTest {

    @Test
    void synthWritesLabelledFilesThatValidateCleanWithTheirMunicipalities(@TempDir Path dir) throws Exception {
        CliRun synth = CliRun.of("synth", "--seed", "4", "--cases", "120", "--municipalities", "9", "--comparison", "30",
                "--effect", "provider_type=private:2.0", "--out", dir.toString());
        assertEquals(0, synth.exit(), synth.err());
        assertTrue(synth.out().contains("150 sager/cases"), synth.out());
        String notice = Files.readString(dir.resolve("LÆS-MIG.txt"), StandardCharsets.UTF_8);
        assertTrue(notice.contains("SYNTETISKE DATA") && notice.contains("provider_type=private:2.0"), notice);
        CliRun validate = CliRun.of("validate", "--lang", "en", "--allow-warnings", "--municipalities",
                dir.resolve("municipalities.csv").toString(), dir.resolve("cases.csv").toString());
        assertEquals(0, validate.exit(), validate.out());
        assertTrue(validate.out().contains("150 read = 150 accepted + 0 rejected"), validate.out());
    }

    @Test
    void synthDefaultsReproduceTheShippedReference(@TempDir Path dir) throws Exception {
        assertEquals(0, CliRun.of("synth", "--out", dir.toString()).exit());
        try (var shipped = dk.casescreen.reference.ReferenceData.resource("cases.csv")) {
            assertTrue(java.util.Arrays.equals(shipped.readAllBytes(), Files.readAllBytes(dir.resolve("cases.csv"))));
        }
    }

    @Test
    void badSynthOptionsExitTwoWithAReason(@TempDir Path dir) {
        CliRun bad = CliRun.of("synth", "--effect", "provider_type=privat:2", "--out", dir.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("'privat' is not an answer of provider_type"), bad.err());
        assertEquals(2, CliRun.of("synth", "--municipalities", "100", "--out", dir.toString()).exit());
    }

    @Test
    void costEffectIsPlantedAndNamedInTheNoticeAndABadOneExitsTwoNamingTheValue(@TempDir Path dir) throws Exception {
        CliRun synth = CliRun.of("synth", "--seed", "4", "--cases", "120", "--municipalities", "9",
                "--cost-effect", "provider_type=private:1.3", "--cost-effect", "gender=female:1.1", "--out", dir.toString());
        assertEquals(0, synth.exit(), synth.err());
        String notice = Files.readString(dir.resolve("LÆS-MIG.txt"), StandardCharsets.UTF_8);
        assertTrue(notice.contains("provider_type=private:1.3") && notice.contains("gender=female:1.1"), notice);
        CliRun ratio = CliRun.of("synth", "--cost-effect", "provider_type=private:0.5", "--out", dir.toString());
        assertEquals(2, ratio.exit());
        assertTrue(ratio.err().contains("0.5"), ratio.err());
        CliRun form = CliRun.of("synth", "--cost-effect", "provider_type:1.3", "--out", dir.toString());
        assertEquals(2, form.exit());
        assertTrue(form.err().contains("'provider_type:1.3'"), form.err());
        CliRun code = CliRun.of("synth", "--cost-effect", "provider_type=privat:1.3", "--out", dir.toString());
        assertEquals(2, code.exit());
        assertTrue(code.err().contains("'privat' is not an answer of provider_type"), code.err());
    }

    @Test
    void calibrationTableOfTheReferenceIsMarkedSyntheticInBothLanguages() {
        CliRun da = CliRun.of("calibration");
        assertEquals(0, da.exit());
        assertTrue(da.out().startsWith("SYNTETISKE DATA"), da.out());
        assertTrue(da.out().contains("behaviour_decisive") && da.out().contains("85,0%"), da.out());
        CliRun en = CliRun.of("calibration", "--lang", "en");
        assertTrue(en.out().startsWith("SYNTHETIC DATA"), en.out());
        assertTrue(en.out().contains("published figures lie within"), en.out());
    }
}
