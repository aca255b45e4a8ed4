package dk.casescreen.followup;

/**
 * How many linked citizens moved from one cost band in the earlier round to one in the later round.
 *
 * @param from  the cost-band code in the earlier round
 * @param to    the cost-band code in the later round
 * @param count the linked citizens with that pair of bands
 */
public record Transition(String from, String to, long count) {
}
