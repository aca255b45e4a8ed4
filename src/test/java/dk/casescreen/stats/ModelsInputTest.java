package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ModelsInputTest {

    @Test
    void theCommittedInputOfModelsRIsWhatModelsInputWrites() throws Exception {
        assertEquals(ModelsInput.text(), Files.readString(ModelsInput.FILE, StandardCharsets.UTF_8),
                "models.input.csv is out of date: run ModelsInput.main, then scripts/r-reference");
    }
}
