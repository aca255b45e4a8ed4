package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.analysis.DecisionRule;
import dk.casescreen.analysis.Effect;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.Verdict;

/** Puts a hypothesis's verdict and its reason into one sentence that names the numbers. */
public final class VerdictText {

    private final NumberFormats f;
    private final boolean da;

    /** Sentences in the given language. */
    public VerdictText(Language language) {
        this.f = new NumberFormats(language);
        this.da = language == Language.DA;
    }

    /** The verdict as a word: "understøttet", "ikke understøttet", "kan ikke afgøres". */
    public String verdict(Verdict verdict) {
        return switch (verdict) {
            case SUPPORTED -> da ? "understøttet" : "supported";
            case NOT_SUPPORTED -> da ? "ikke understøttet" : "not supported";
            case INCONCLUSIVE -> da ? "kan ikke afgøres" : "inconclusive";
            case NOT_RELEVANT -> da ? "ikke relevant efter 1. juli 2024" : "not relevant after 1 July 2024";
        };
    }

    /** The reason, one sentence. */
    public String reason(HypothesisResult r, DecisionRule rule) {
        return switch (r.reason()) {
            case HIGHER_BAND_WITH_EXPOSURE -> (da ? "Sager med " : "Cases with ") + r.spec().exposureLabel().in(lang())
                    + (da ? " ligger i højere udgiftsintervaller: " : " lie in higher cost bands: ") + effect(r) + ".";
            case LOWER_BAND_WITH_EXPOSURE -> (da ? "Sager med " : "Cases with ") + r.spec().exposureLabel().in(lang())
                    + (da ? " ligger tværtimod i lavere udgiftsintervaller: " : " lie in lower cost bands instead: ") + effect(r) + ".";
            case IMPORTANT_EFFECT_RULED_OUT -> (da ? "Ingen betydende sammenhæng med udgiften: " : "No important association with the cost: ")
                    + effect(r) + (da ? "; intervallet udelukker en OR på " : "; the interval rules out an OR of ")
                    + f.decimal(rule.smallestEffectOfInterest(), 1) + (da ? " eller mere." : " or more.");
            case EXPOSURE_TOO_RARE -> (da ? "For sjælden til at forklare udgifterne: " : "Too rare to explain the costs: ")
                    + f.percent(r.prevalence().share()) + (da ? " af sagerne (" : " of the cases (") + f.integer(r.prevalence().count())
                    + (da ? " af " : " of ") + f.integer(r.prevalence().n()) + (da ? "; 95 %-KI " : "; 95% CI ")
                    + f.percentInterval(r.prevalence().ciLow(), r.prevalence().ciHigh()) + ").";
            case CANNOT_TELL -> (da ? "Kan ikke afgøres: " : "Cannot tell: ") + effect(r)
                    + (da ? "; data kunne kun påvise en OR på " : "; the data could only detect an OR of ")
                    + f.decimal(r.minimumDetectableEffect(), 2) + (da ? " eller mere." : " or more.");
            case MODEL_NOT_FITTED -> da ? "Kan ikke afgøres: modellen kunne ikke tilpasses (for få sager med eksponeringen eller fuldstændig adskillelse)."
                    : "Cannot tell: the model could not be fitted (too few exposed cases, or complete separation).";
            case QUESTIONS_RETIRED -> da ? "Ikke testet: spørgsmålene er udgået i skemaversionen, fordi de særlige pladser i psykiatrien blev nedlagt 1. juli 2024."
                    : "Not tested: the questions are retired in the sheet version, since the special psychiatric places were closed on 1 July 2024.";
        };
    }

    private Language lang() {
        return da ? Language.DA : Language.EN;
    }

    private String effect(HypothesisResult r) {
        Effect e = r.effect().orElseThrow();
        return "OR " + f.decimal(e.estimate(), 2) + (da ? " (95 %-KI " : " (95% CI ") + f.decimal(e.ciLow(), 2) + "–"
                + f.decimal(e.ciHigh(), 2) + (da ? "), justeret p " : "), adjusted p ") + f.pValue(r.pAdjusted());
    }
}
