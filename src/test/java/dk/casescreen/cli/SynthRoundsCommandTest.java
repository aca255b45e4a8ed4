package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthRoundsCommandTest {

    @Test
    void roundsAreWrittenOneFolderEachInDateOrderAndValidateClean(@TempDir Path dir) throws Exception {
        CliRun synth = CliRun.of("synth", "--seed", "4", "--cases", "200", "--municipalities", "9", "--rounds", "3",
                "--interval-months", "6", "--progression", "use_of_force=yes:2.0", "--out", dir.toString());
        assertEquals(0, synth.exit(), synth.err());
        List<String> folders;
        try (Stream<Path> list = Files.list(dir)) {
            folders = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("runde-1-2022-10-03", "runde-2-2023-04-03", "runde-3-2023-10-03"), folders);
        for (String folder : folders) {
            Path round = dir.resolve(folder);
            String notice = Files.readString(round.resolve("LÆS-MIG.txt"), StandardCharsets.UTF_8);
            assertTrue(notice.startsWith("SYNTETISKE DATA") && notice.contains("use_of_force=yes:2.0"), notice);
            CliRun validate = CliRun.of("validate", "--lang", "en", "--allow-warnings", "--municipalities",
                    round.resolve("municipalities.csv").toString(), round.resolve("cases.csv").toString());
            assertEquals(0, validate.exit(), validate.out());
            assertTrue(validate.out().contains("+ 0 rejected"), validate.out());
        }
        assertTrue(synth.out().contains("runde/round 3"), synth.out());
    }

    @Test
    void withoutRoundsTheOutputIsTheSingleFolderOfToday(@TempDir Path dir) throws Exception {
        assertEquals(0, CliRun.of("synth", "--cases", "60", "--municipalities", "5", "--out", dir.toString()).exit());
        assertTrue(Files.exists(dir.resolve("cases.csv")));
        try (Stream<Path> list = Files.list(dir)) {
            assertFalse(list.anyMatch(Files::isDirectory));
        }
    }

    @Test
    void badRoundOptionsExitTwoNamingTheValue(@TempDir Path dir) {
        CliRun badProgression = CliRun.of("synth", "--rounds", "2", "--progression", "use_of_force=ja:2", "--out", dir.toString());
        assertEquals(2, badProgression.exit());
        assertTrue(badProgression.err().contains("'ja' is not an answer of use_of_force"), badProgression.err());
        CliRun malformed = CliRun.of("synth", "--rounds", "2", "--progression", "use_of_force yes", "--out", dir.toString());
        assertEquals(2, malformed.exit());
        assertTrue(malformed.err().contains("'use_of_force yes'"), malformed.err());
        CliRun one = CliRun.of("synth", "--rounds", "1", "--out", dir.toString());
        assertEquals(2, one.exit());
        assertTrue(one.err().contains("at least 2, not 1"), one.err());
        CliRun zero = CliRun.of("synth", "--rounds", "2", "--interval-months", "0", "--out", dir.toString());
        assertEquals(2, zero.exit());
        assertTrue(zero.err().contains("not 0"), zero.err());
        CliRun alone = CliRun.of("synth", "--progression", "use_of_force=yes:2", "--out", dir.toString());
        assertEquals(2, alone.exit());
        assertTrue(alone.err().contains("need --rounds"), alone.err());
        try (Stream<Path> list = java.nio.file.Files.list(dir)) {
            assertEquals(0, list.count());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
