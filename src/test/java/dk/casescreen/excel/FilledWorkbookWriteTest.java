package dk.casescreen.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.reference.ReferenceData;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilledWorkbookWriteTest {

    private static final ReferenceData REFERENCE = ReferenceData.builtIn();

    private static List<CaseRecord> firstMunicipality() {
        String code = REFERENCE.cases().records().getFirst().municipalityCode();
        return REFERENCE.cases().records().stream().filter(r -> r.municipalityCode().equals(code)).toList();
    }

    @Test
    void typedInCasesLoadBackAsTheSameRecords(@TempDir Path dir) throws Exception {
        List<CaseRecord> records = firstMunicipality();
        String name = REFERENCE.municipalities().find(records.getFirst().municipalityCode()).orElseThrow().name();
        for (Language language : Language.values()) {
            Path file = dir.resolve("filled-" + language + ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                FillInWorkbook.write(REFERENCE.cases().sheet(), REFERENCE.municipalities(),
                        new TemplateOptions(language, Optional.of(name), 50), records, out);
            }
            LoadResult loaded = Cases.excel(file).municipalities(REFERENCE.municipalities()).load();
            assertEquals(0, loaded.report().errorCount(), () -> loaded.report().problems().toString());
            List<CaseRecord> back = loaded.cases().records();
            assertEquals(records.size(), back.size(), "the prepared rows holding only the municipality are not cases");
            for (int i = 0; i < records.size(); i++) {
                CaseRecord typed = records.get(i);
                CaseRecord read = back.get(i);
                assertEquals(typed.municipalityCode(), read.municipalityCode());
                assertEquals(typed.caseNumber(), read.caseNumber());
                assertEquals(typed.screeningDate(), read.screeningDate());
                assertEquals(typed.answers(), read.answers(), "answers of " + typed.caseNumber());
            }
        }
    }

    @Test
    void refusesMoreCasesThanPreparedRows(@TempDir Path dir) throws Exception {
        List<CaseRecord> records = firstMunicipality();
        try (OutputStream out = Files.newOutputStream(dir.resolve("small.xlsx"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FillInWorkbook.write(
                    REFERENCE.cases().sheet(), REFERENCE.municipalities(), new TemplateOptions(Language.DA, Optional.empty(), 1),
                    records, out));
            assertTrue(e.getMessage().contains("prepared rows"), e.getMessage());
        }
    }
}
