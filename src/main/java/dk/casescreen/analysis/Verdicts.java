package dk.casescreen.analysis;

import java.util.Optional;

/**
 * The decision rule of docs/hypotheses.md, as code. Symmetric: every verdict other than
 * "inconclusive" rests on inference adjusted for the whole family, the adjusted p-value for the
 * direction of an effect and the simultaneous intervals for ruling an effect out or an exposure as
 * too rare; neither side uses an unadjusted 95% interval.
 */
final class Verdicts {

    private Verdicts() {
    }

    static VerdictReason reason(Prevalence prevalence, SimultaneousInterval simultaneousPrevalence,
                                Optional<Effect> effect, Optional<SimultaneousInterval> simultaneousEffect,
                                double pAdjusted, DecisionRule rule) {
        if (prevalence.n() > 0 && simultaneousPrevalence.confHigh() < rule.rarePrevalence()) {
            return VerdictReason.EXPOSURE_TOO_RARE;
        }
        if (effect.isEmpty() || simultaneousEffect.isEmpty()) {
            return VerdictReason.MODEL_NOT_FITTED;
        }
        Effect e = effect.get();
        if (pAdjusted < rule.alpha()) {
            return e.estimate() > 1 ? VerdictReason.HIGHER_BAND_WITH_EXPOSURE : VerdictReason.LOWER_BAND_WITH_EXPOSURE;
        }
        if (simultaneousEffect.get().confHigh() < rule.smallestEffectOfInterest()) {
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
