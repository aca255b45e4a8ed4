package dk.casescreen.followup;

/**
 * One cell of the table of the first round's expected cost development against the realised change.
 *
 * @param reported the answer code of "Udvikling i udgift over tid" in the earlier round
 * @param realised the realised change: {@code dearer}, {@code same} or {@code cheaper}
 * @param count    the linked citizens in the cell
 */
public record AgreementCell(String reported, String realised, long count) {
}
