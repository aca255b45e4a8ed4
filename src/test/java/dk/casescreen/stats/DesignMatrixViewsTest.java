package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.analysis.CaseDesign;
import dk.casescreen.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** {@link DesignMatrix#column(int)} and {@link DesignMatrix#withoutNotes()}: the cheap views of a design. */
class DesignMatrixViewsTest {

    private static DesignMatrix design() {
        return CaseDesign.from(ReferenceData.builtIn().cases()).outcome("cost_band")
                .predictors("provider_type", "age", "gender").build();
    }

    @Test
    void aColumnHoldsTheValuesOfThatColumnOfX() {
        DesignMatrix d = design();
        double[][] x = d.x();
        for (int j = 0; j < d.columns().size(); j++) {
            double[] column = d.column(j);
            assertEquals(d.n(), column.length);
            for (int i = 0; i < d.n(); i++) {
                assertEquals(x[i][j], column[i], 0.0);
            }
        }
        assertThrows(IndexOutOfBoundsException.class, () -> d.column(d.columns().size()));
    }

    @Test
    void withoutNotesKeepsEverythingButTheNotesAndFitsAlike() {
        DesignMatrix d = design();
        assertFalse(d.notes().isEmpty(), "the reference cases leave some out, so the design has a note");
        DesignMatrix bare = d.withoutNotes();
        assertTrue(bare.notes().isEmpty());
        assertEquals(d.columns(), bare.columns());
        assertArrayEquals(d.outcome(), bare.outcome());
        assertArrayEquals(d.caseIndices(), bare.caseIndices());
        assertEquals(d.exclusions(), bare.exclusions());
        ModelFit withNotes = Models.proportionalOdds(d);
        ModelFit without = Models.proportionalOdds(bare);
        assertEquals(withNotes.coefficients(), without.coefficients());
        assertEquals(withNotes.notes().subList(0, without.notes().size()), without.notes());
        assertEquals(Models.proportionalOdds(d.outcome(), d.x(), d.columnNames(), d.outcomeLevels(), FitControl.DEFAULT)
                .notes(), without.notes());
    }
}
