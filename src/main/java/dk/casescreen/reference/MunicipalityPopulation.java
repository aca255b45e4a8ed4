package dk.casescreen.reference;

import dk.casescreen.cases.Municipality;

/**
 * A municipality with its number of inhabitants aged 18–66, the denominator of case rates.
 *
 * @param municipality the municipality
 * @param aged18to66   inhabitants aged 18–66
 */
public record MunicipalityPopulation(Municipality municipality, long aged18to66) {
}
