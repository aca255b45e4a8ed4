package dk.casescreen.followup;

import dk.casescreen.analysis.Profile;

/**
 * The citizens screened in the earlier round but not in the later one (the case ended, fell below
 * 2 mio. kr., or the citizen moved), with their first-round profile.
 *
 * @param count   how many
 * @param profile their profile in the earlier round (every question; target_group, cost_band, gender and age are the ones reported)
 */
public record Dropouts(long count, Profile profile) {
}
