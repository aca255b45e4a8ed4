package dk.casescreen.report;

import dk.casescreen.NumberFormats;
import dk.casescreen.Language;
import dk.casescreen.Text;
import dk.casescreen.analysis.DecisionRule;
import dk.casescreen.analysis.Effect;
import dk.casescreen.analysis.HypothesisFamily;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.SimultaneousInterval;
import dk.casescreen.analysis.Verdict;

/**
 * Puts a hypothesis's verdict and its reason into one sentence that names the numbers. The sentences
 * describe association within the screened cases, never cause: an exposure "hænger sammen med et
 * højere udgiftsniveau" / "is associated with a higher cost level" (the claims themselves keep the
 * slide's words). Each reason names the interval adjusted for the family and the family's size.
 */
public final class VerdictText {

    /**
     * What the screening is, and so what a verdict can say: for the report's method section and
     * wherever the verdicts are shown.
     */
    public static final Text SNAPSHOT_NOTE = new Text(
            "Screeningen er et øjebliksbillede: de sager, som hver kommune selv udvalgte, fordi de på screeningsdagen "
                    + "kostede mindst 2 mio. kr. om året. Vurderingerne beskriver derfor sammenhænge inden for dette udvalg; "
                    + "de viser ikke, hvorfor sagerne er blevet dyre.",
            "The screening is a snapshot: the cases each municipality itself selected because, on the screening day, "
                    + "they cost at least 2 mio. kr. a year. The verdicts therefore describe associations within this "
                    + "selection; they do not show why the cases became expensive.");

    private final NumberFormats f;
    private final boolean da;

    /** Sentences in the given language. */
    public VerdictText(Language language) {
        this.f = new NumberFormats(language);
        this.da = language == Language.DA;
    }

    /** {@link #SNAPSHOT_NOTE} in the given language. */
    public static String snapshotNote(Language language) {
        return SNAPSHOT_NOTE.in(language);
    }

    /** {@link #SNAPSHOT_NOTE} in this text's language. */
    public String snapshotNote() {
        return SNAPSHOT_NOTE.in(lang());
    }

    /**
     * The decision rule in one paragraph, for a family of {@code family} hypotheses: both "supported"
     * and "not supported" rest on inference adjusted for the whole family.
     */
    public String ruleNote(DecisionRule rule, int family) {
        String level = f.percent(rule.simultaneousLevel(family));
        String adjustment = adjustment(rule.adjustment());
        String sei = f.decimal(rule.smallestEffectOfInterest(), 1);
        String rare = f.percent(rule.rarePrevalence());
        return da
                ? "Reglen er symmetrisk: begge udfald kræver en slutning justeret for alle " + hypotheses(family) + ". "
                        + "»Understøttet« kræver p justeret (" + adjustment + ") under " + f.decimal(rule.alpha(), 2)
                        + " og en OR over 1; »ikke understøttet« kræver en OR under 1 med samme justerede p, eller at det "
                        + "simultane " + level + "-konfidensinterval (Bonferroni) udelukker en OR på " + sei
                        + " eller mere, eller at forekomstens simultane øvre grænse er under " + rare + ". Ellers kan det ikke afgøres."
                : "The rule is symmetric: both outcomes need inference adjusted for all " + hypotheses(family) + ". "
                        + "\"Supported\" needs p adjusted (" + adjustment + ") below " + f.decimal(rule.alpha(), 2)
                        + " and an OR above 1; \"not supported\" needs an OR below 1 with the same adjusted p, or the "
                        + "simultaneous " + level + " confidence interval (Bonferroni) to rule out an OR of " + sei
                        + " or more, or the prevalence's simultaneous upper limit to lie below " + rare + ". Otherwise inconclusive.";
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
                    + (da ? " hænger sammen med et højere udgiftsniveau: " : " are associated with a higher cost level: ")
                    + effect(r) + (da ? "; en sammenhæng blandt de screenede sager." : "; an association among the screened cases.");
            case LOWER_BAND_WITH_EXPOSURE -> (da ? "Sager med " : "Cases with ") + r.spec().exposureLabel().in(lang())
                    + (da ? " hænger tværtimod sammen med et lavere udgiftsniveau: " : " are instead associated with a lower cost level: ")
                    + effect(r) + (da ? "; en sammenhæng blandt de screenede sager." : "; an association among the screened cases.");
            case IMPORTANT_EFFECT_RULED_OUT -> (da ? "Ingen betydende sammenhæng med udgiftsniveauet: "
                    : "No important association with the cost level: ")
                    + effect(r) + (da ? "; det justerede interval udelukker en OR på " : "; the adjusted interval rules out an OR of ")
                    + f.decimal(rule.smallestEffectOfInterest(), 1) + (da ? " eller mere." : " or more.");
            case EXPOSURE_TOO_RARE -> (da ? "For sjælden til at forklare udgifterne: " : "Too rare to explain the costs: ")
                    + f.percent(r.prevalence().estimate()) + (da ? " af sagerne (" : " of the cases (") + f.integer(r.prevalence().count())
                    + (da ? " af " : " of ") + f.integer(r.prevalence().n()) + (da ? "; 95 %-KI " : "; 95% CI ")
                    + f.percentInterval(r.prevalence().confLow(), r.prevalence().confHigh()) + "; " + adjustedFor(r.family()) + " "
                    + f.percentInterval(r.simultaneousPrevalence().confLow(), r.simultaneousPrevalence().confHigh())
                    + (da ? ", under " : ", below ") + f.percent(rule.rarePrevalence()) + ").";
            case CANNOT_TELL -> (da ? "Kan ikke afgøres: " : "Cannot tell: ") + effect(r)
                    + (da ? "; det justerede interval udelukker ikke en OR på " : "; the adjusted interval does not rule out an OR of ")
                    + f.decimal(rule.smallestEffectOfInterest(), 1)
                    + (da ? ", og data kunne kun påvise en OR på " : ", and the data could only detect an OR of ")
                    + f.decimal(r.minimumDetectableEffect(), 2) + (da ? " eller mere." : " or more.");
            case MODEL_NOT_FITTED -> da ? "Kan ikke afgøres: modellen kunne ikke tilpasses (for få sager med eksponeringen eller fuldstændig adskillelse)."
                    : "Cannot tell: the model could not be fitted (too few exposed cases, or complete separation).";
            case QUESTIONS_RETIRED -> da ? "Ikke testet: spørgsmålene er udgået i skemaversionen, fordi de særlige pladser i psykiatrien blev nedlagt 1. juli 2024."
                    : "Not tested: the questions are retired in the sheet version, since the special psychiatric places were closed on 1 July 2024.";
        };
    }

    /** "justeret for 11 hypoteser" / "adjusted for 11 hypotheses". */
    public String adjustedFor(int family) {
        return (da ? "justeret for " : "adjusted for ") + hypotheses(family);
    }

    /** "justeret for 11 hypoteser" / "adjusted for 11 hypotheses": the size of a result's family. */
    public String adjustedFor(HypothesisFamily family) {
        return adjustedFor(family.size());
    }

    /**
     * How the p-values were adjusted and across which family: "p justeret efter Holm i en familie af 1
     * hypotese" / "p adjusted by Holm in a family of 1 hypothesis", so that a hypothesis run alone says so.
     */
    public String pAdjustedIn(HypothesisFamily family) {
        return (da ? "p justeret efter " : "p adjusted by ") + adjustment(family.adjustment())
                + (da ? " i en familie af " : " in a family of ") + hypotheses(family.size());
    }

    /** The family in brief, beside an adjusted p-value: "Holm, familie af 1 hypotese" / "Holm, family of 1 hypothesis". */
    public String family(HypothesisFamily family) {
        return adjustment(family.adjustment()) + (da ? ", familie af " : ", family of ") + hypotheses(family.size());
    }

    /** The adjustment's name: "Holm" or "Benjamini-Hochberg". */
    public static String adjustment(DecisionRule.Adjustment adjustment) {
        return switch (adjustment) {
            case HOLM -> "Holm";
            case BENJAMINI_HOCHBERG -> "Benjamini-Hochberg";
        };
    }

    /** An odds ratio's simultaneous interval, "0,80–1,80". */
    public String interval(SimultaneousInterval i) {
        return f.decimal(i.confLow(), 2) + "–" + f.decimal(i.confHigh(), 2);
    }

    private String hypotheses(int family) {
        return f.integer(family) + (da ? (family == 1 ? " hypotese" : " hypoteser") : (family == 1 ? " hypothesis" : " hypotheses"));
    }

    private Language lang() {
        return da ? Language.DA : Language.EN;
    }

    private String effect(HypothesisResult r) {
        Effect e = r.effect().orElseThrow();
        SimultaneousInterval s = r.simultaneousEffect().orElseThrow();
        return "OR " + f.decimal(e.estimate(), 2) + (da ? " (95 %-KI " : " (95% CI ") + f.decimal(e.confLow(), 2) + "–"
                + f.decimal(e.confHigh(), 2) + "; " + adjustedFor(r.family()) + " " + interval(s)
                + (da ? "), justeret p " : "), adjusted p ") + f.pValue(r.pAdjusted());
    }
}
