package dk.casescreen.reference.synth;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.reference.MunicipalityPopulation;
import java.util.List;

/**
 * A generated synthetic data set: the case records (screened cases first, then comparison cases) and
 * the fictional municipalities with their populations aged 18–66. Synthetic: no real citizens.
 *
 * @param options     what was generated
 * @param records     the case records
 * @param populations the fictional municipalities and their populations
 */
public record SyntheticDataSet(SyntheticOptions options, List<CaseRecord> records,
                               List<MunicipalityPopulation> populations) {

    /** Creates a data set; the lists are copied. */
    public SyntheticDataSet {
        records = List.copyOf(records);
        populations = List.copyOf(populations);
    }

    /** The fictional municipalities as a registry for loading the records back. */
    public Municipalities municipalities() {
        return Municipalities.of(populations.stream().map(MunicipalityPopulation::municipality).toList());
    }
}
