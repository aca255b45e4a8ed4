package dk.casescreen.analysis;

import dk.casescreen.Text;
import dk.casescreen.cases.DataOrigin;
import dk.casescreen.reference.FigureBound;
import dk.casescreen.reference.FigureScope;
import dk.casescreen.reference.PublishedFigure;
import dk.casescreen.reference.PublishedFigures;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.stats.Intervals;
import dk.casescreen.stats.TestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What a municipality's own numbers are compared with: the published figures of the 2022 screening
 * (the default), a pooled benchmark of many municipalities, or the pooled cases analysed together.
 * Every reference carries its title, date and origin; a synthetic reference says so wherever it
 * shows, and verdicts of a reference are shown beside own results only when both have the same
 * origin ({@link #verdictsBeside}).
 *
 * @param kind           what the reference is
 * @param title          its title, e.g. "Offentliggjorte tal fra screeningen 2022"
 * @param origin         observed or synthetic
 * @param date           the screening date or period, e.g. "2022-10-01"
 * @param cases          the number of cases behind it, where known
 * @param municipalities the number of municipalities behind it, where known
 * @param figures        its figures
 * @param analysis       the whole analysis of the reference cases, for a pooled reference
 * @param notes          what the reader should know about it, e.g. questions of another sheet version left out
 */
public record Reference(Kind kind, Text title, DataOrigin origin, String date, OptionalLong cases,
                        OptionalLong municipalities, List<ReferenceFigure> figures, Optional<Analysis> analysis,
                        List<Text> notes) {

    /** What kind of reference. */
    public enum Kind {
        /** The figures published from the 2022 screening (683 cases, 47 municipalities). */
        PUBLISHED,
        /** A pooled benchmark file of aggregate counts ({@code casescreen benchmark}). */
        BENCHMARK,
        /** The pooled cases of the municipalities analysed together. */
        POOLED
    }

    /** Creates a reference; the list is copied. */
    public Reference {
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    /** The published figures of the 2022 screening: national ones and, marked as such, Region Midtjylland's. */
    public static Reference published2022() {
        List<ReferenceFigure> figures = new ArrayList<>();
        for (PublishedFigure f : PublishedFigures.all()) {
            OptionalLong n = f.n().isPresent() ? OptionalLong.of(f.n().getAsInt()) : OptionalLong.empty();
            OptionalLong count = f.count().isPresent() ? OptionalLong.of(f.count().getAsInt()) : OptionalLong.empty();
            OptionalDouble low = OptionalDouble.empty();
            OptionalDouble high = OptionalDouble.empty();
            if (n.isPresent() && f.bound() != FigureBound.OVER) {
                long x = count.orElse(Math.round(f.share() * n.getAsLong()));
                TestResult ci = Intervals.wilson(x, n.getAsLong(), 0.95);
                low = OptionalDouble.of(ci.confLow());
                high = OptionalDouble.of(ci.confHigh());
            }
            figures.add(new ReferenceFigure(f.id(), f.question(), f.answers(), f.amongQuestion().isPresent() || f.rangeMin().isPresent(), f.ofAll(),
                    f.share(), f.bound(), count, n, low, high, f.scope(), Optional.of(f.source()), f.text(), false));
        }
        return new Reference(Kind.PUBLISHED, new Text("Offentliggjorte tal fra screeningen 2022 (47 kommuner, 683 sager)",
                "Published figures of the 2022 screening (47 municipalities, 683 cases)"), DataOrigin.OBSERVED, "2022-10-01",
                OptionalLong.of(683), OptionalLong.of(47), figures, Optional.empty(), List.of());
    }

    /**
     * The pooled analysis of several municipalities as a reference: one figure per question and answer
     * with its count, denominator and Wilson interval; synthetic when the pooled data are.
     */
    public static Reference pooled(Analysis pooled, Text title) {
        List<ReferenceFigure> figures = new ArrayList<>();
        for (QuestionProfile q : pooled.profile().questions()) {
            for (AnswerShare a : q.answers()) {
                figures.add(new ReferenceFigure(q.question().key() + ":" + a.code(), q.question().key(), List.of(a.code()), false, false,
                        a.estimate(), FigureBound.EXACT, OptionalLong.of(a.count()), OptionalLong.of(a.n()),
                        OptionalDouble.of(a.confLow()), OptionalDouble.of(a.confHigh()), FigureScope.POOLED, Optional.empty(),
                        answerText(q.question(), a.code()), false));
            }
        }
        return new Reference(Kind.POOLED, title, pooled.origin(), "", OptionalLong.of(pooled.screened()),
                OptionalLong.of(pooled.byMunicipality().size()), figures, Optional.of(pooled), List.of());
    }

    /**
     * A pooled benchmark file as the reference: one figure per question and answer with its count, the
     * answering cases as denominator, the share and its 95% Wilson interval, scope POOLED and the
     * benchmark's title as source. A suppressed count gives a suppressed figure (share NaN, no count, no
     * interval); a shown count whose denominator is suppressed has its count but no share. No verdicts.
     */
    public static Reference benchmark(Benchmark b) {
        List<ReferenceFigure> figures = new ArrayList<>();
        for (Benchmark.QuestionCounts q : b.questions()) {
            for (Benchmark.AnswerCount a : q.answers()) {
                OptionalLong count = a.count().value();
                OptionalLong n = q.answered().value();
                double share = Double.NaN;
                OptionalDouble low = OptionalDouble.empty();
                OptionalDouble high = OptionalDouble.empty();
                if (count.isPresent() && n.isPresent() && n.getAsLong() > 0) {
                    share = (double) count.getAsLong() / n.getAsLong();
                    TestResult ci = Intervals.wilson(count.getAsLong(), n.getAsLong(), 0.95);
                    low = OptionalDouble.of(ci.confLow());
                    high = OptionalDouble.of(ci.confHigh());
                }
                boolean suppressed = a.count().suppressed() || q.answered().suppressed();
                figures.add(new ReferenceFigure(q.question() + ":" + a.code(), q.question(), List.of(a.code()), false, false, share,
                        FigureBound.EXACT, count, n, low, high, FigureScope.POOLED, Optional.of(b.title()),
                        ScreeningSheet.builtIn().question(q.question()).map(question -> answerText(question, a.code()))
                                .orElse(new Text(q.question() + ": " + a.code(), q.question() + ": " + a.code())),
                        suppressed));
            }
        }
        return new Reference(Kind.BENCHMARK, new Text(b.title(), b.title()), b.origin(), b.dates(),
                b.screenedCases().value(), OptionalLong.of(b.municipalities()), figures, Optional.empty(), b.notes());
    }

    /** "5. Målgruppe: Autisme": a question and one of its answers in words. */
    private static Text answerText(Question q, String code) {
        Text answer = q.option(code).map(o -> o.label()).orElse(new Text(code, code));
        return new Text(q.number() + ". " + q.text().da() + ": " + answer.da(), q.number() + ". " + q.text().en() + ": " + answer.en());
    }

    /** Whether the reference is synthetic. */
    public boolean synthetic() {
        return origin.isSynthetic();
    }

    /** The figures about one question, national ones first. */
    public List<ReferenceFigure> figures(String question) {
        List<ReferenceFigure> about = new ArrayList<>();
        figures.stream().filter(f -> f.question().equals(question) && f.national()).forEach(about::add);
        figures.stream().filter(f -> f.question().equals(question) && !f.national()).forEach(about::add);
        return about;
    }

    /** The national (or pooled) figure of exactly one answer, if the reference has one. */
    public Optional<ReferenceFigure> answer(String question, String code) {
        return figures.stream().filter(f -> f.question().equals(question) && f.national() && f.isAnswer(code)).findFirst();
    }

    /**
     * The reference's verdicts on the hypotheses, to show beside own results of the given origin: only
     * when the reference was analysed case by case and has the same origin (never a verdict of
     * synthetic data beside real data).
     */
    public Optional<List<HypothesisResult>> verdictsBeside(DataOrigin own) {
        return analysis.filter(a -> a.origin() == own).map(Analysis::hypotheses);
    }

    /** The title with the synthetic label in it when the reference is synthetic. */
    public Text labelledTitle() {
        return synthetic() ? new Text("SYNTETISK: " + title.da(), "SYNTHETIC: " + title.en()) : title;
    }
}
