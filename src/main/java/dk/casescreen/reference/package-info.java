/**
 * Reference data: the municipalities' populations (FOLK1A population files; the municipalities
 * themselves are {@link dk.casescreen.cases.Municipalities}), the published
 * figures of the national screening with their scope and source, the synthetic reference data set
 * shipped with the library and the calibration of that data set against the published figures.
 */
package dk.casescreen.reference;
