package dk.casescreen.reference;

import java.util.List;

/**
 * Inhabitants aged 18–66 per municipality read from a FOLK1A export.
 *
 * @param quarter     the quarter read, e.g. "2022K4"
 * @param populations one entry per municipality in the export
 */
public record Folk1aPopulations(String quarter, List<MunicipalityPopulation> populations) {

    /** Creates the record; the list is copied. */
    public Folk1aPopulations {
        populations = List.copyOf(populations);
    }
}
