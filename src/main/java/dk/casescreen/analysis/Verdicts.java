package dk.casescreen.analysis;

import java.util.Optional;

/** The decision rule of docs/hypotheses.md, as code. */
final class Verdicts {

    private Verdicts() {
    }

    static VerdictReason reason(Prevalence prevalence, Optional<Effect> effect, double pAdjusted, DecisionRule rule) {
        if (prevalence.n() > 0 && prevalence.ciHigh() < rule.rarePrevalence()) {
            return VerdictReason.EXPOSURE_TOO_RARE;
        }
        if (effect.isEmpty()) {
            return VerdictReason.MODEL_NOT_FITTED;
        }
        Effect e = effect.get();
        if (pAdjusted < rule.alpha()) {
            return e.estimate() > 1 ? VerdictReason.HIGHER_BAND_WITH_EXPOSURE : VerdictReason.LOWER_BAND_WITH_EXPOSURE;
        }
        if (e.ciHigh() < rule.smallestEffectOfInterest()) {
            return VerdictReason.IMPORTANT_EFFECT_RULED_OUT;
        }
        return VerdictReason.CANNOT_TELL;
    }

    static Verdict verdict(VerdictReason reason) {
        return switch (reason) {
            case HIGHER_BAND_WITH_EXPOSURE -> Verdict.SUPPORTED;
            case LOWER_BAND_WITH_EXPOSURE, IMPORTANT_EFFECT_RULED_OUT, EXPOSURE_TOO_RARE -> Verdict.NOT_SUPPORTED;
            case CANNOT_TELL, MODEL_NOT_FITTED -> Verdict.INCONCLUSIVE;
            case QUESTIONS_RETIRED -> Verdict.NOT_RELEVANT;
        };
    }
}
