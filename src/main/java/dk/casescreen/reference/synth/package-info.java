/**
 * The generator of the synthetic reference data: fictional municipalities and cases drawn from a
 * model of the published figures, with planted effects so that the hypothesis tests have something to
 * find. Everything it makes is marked synthetic, and every report built on it says so.
 */
package dk.casescreen.reference.synth;
