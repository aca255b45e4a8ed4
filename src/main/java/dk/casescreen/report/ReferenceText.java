package dk.casescreen.report;

import dk.casescreen.analysis.Reference;
import dk.casescreen.analysis.ReferenceFigure;
import dk.casescreen.reference.FigureBound;

/** How a reference and its figures read in a report: the figure's share, its count and denominator, its scope. */
final class ReferenceText {

    private final ReportContext ctx;

    ReferenceText(ReportContext ctx) {
        this.ctx = ctx;
    }

    /** The reference's title with its label: "Reference: SYNTETISK: …" when it is synthetic. */
    String title(Reference r) {
        return r.labelledTitle().in(ctx.language());
    }

    /** A sentence saying what the reference is and where it comes from. */
    String describe(Reference r) {
        return switch (r.kind()) {
            case PUBLISHED -> ctx.t("de offentliggjorte tal fra screeningen i 2022 (Komponent/KL, 47 kommuner, 683 sager screenet "
                    + "1. oktober 2022). Tal for kun Region Midtjylland er markeret som sådan; mange tal er afrundede (\"ca.\").",
                    "the published figures of the 2022 screening (Komponent/KL, 47 municipalities, 683 cases screened on 1 October "
                    + "2022). Figures for Region Midtjylland only are marked as such; many are rounded (\"about\").");
            case BENCHMARK -> ctx.t("benchmarkfilen \"", "the benchmark file \"") + title(r) + "\" ("
                    + r.municipalities().orElse(0) + ctx.t(" kommuner, ", " municipalities, ") + r.cases().orElse(0)
                    + ctx.t(" sager, screenet ", " cases, screened ") + r.date() + ").";
            case POOLED -> ctx.t("de samlede sager for ", "the pooled cases of ") + title(r)
                    + (r.synthetic() ? ctx.t(" (SYNTETISKE data, ingen rigtige borgere).", " (SYNTHETIC data, no real citizens).") : ".");
        };
    }

    /** A figure as a short text: "11,0 % (75/683)", "ca. 30 %", "over 50 % (kun Region Midtjylland)". */
    String figure(ReferenceFigure f) {
        if (f.suppressed()) {
            return ReportContext.SECONDARY_MARK;
        }
        StringBuilder s = new StringBuilder(f.bound().prefix().in(ctx.language())).append(ctx.f().percent(f.share()));
        if (f.bound() == FigureBound.EXACT && f.count().isPresent() && f.n().isPresent()) {
            s.append(" (").append(ctx.f().integer(f.count().getAsLong())).append('/').append(ctx.f().integer(f.n().getAsLong())).append(')');
        } else if (f.n().isPresent()) {
            s.append(ctx.t(" af ", " of ")).append(ctx.f().integer(f.n().getAsLong()));
        }
        if (!f.national()) {
            s.append(" (").append(f.scope().text().in(ctx.language())).append(')');
        }
        return s.toString();
    }

    /** A figure in words with its scope and source, for a note under a question. */
    String note(ReferenceFigure f) {
        StringBuilder s = new StringBuilder(f.text().in(ctx.language()));
        if (f.national() && f.scope() == dk.casescreen.reference.FigureScope.NATIONAL) {
            s.append(" (").append(f.scope().text().in(ctx.language())).append(')');
        }
        f.source().ifPresent(src -> s.append(ctx.t("; kilde: ", "; source: ")).append(src));
        if (f.confLow().isPresent() && f.confHigh().isPresent()) {
            s.append(ctx.t("; 95 %-KI ", "; 95% CI ")).append(ctx.f().percentInterval(f.confLow().getAsDouble(), f.confHigh().getAsDouble()));
        }
        return s.toString();
    }
}
