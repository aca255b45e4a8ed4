package dk.casescreen.report;

import dk.casescreen.disclosure.Publication;
import dk.casescreen.disclosure.SuppressionPlan;

/**
 * Writes the HTML report a municipality can act on: one self-contained file (charts as inline SVG, no
 * script, no web fonts, nothing from the network; a content security policy forbids any request), in Danish or
 * English, following the users' questions: summary, who they are, what they cost, why they became expensive, what
 * can be done, variation between municipalities, data quality and method notes. Synthetic data are
 * marked in every section. In shared mode case numbers are left out and small cells suppressed.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * The report as one HTML document ({@link ReportDocument#prepare} then {@link ReportDocument#html()}).
     *
     * @throws dk.casescreen.disclosure.DisclosureException when the counts cannot be protected (the report must not be written)
     */
    public static String render(ReportInput input) {
        return renderWithCells(input).html();
    }

    /**
     * The report with every count it publishes and the suppression plan it was written from.
     *
     * @param html        the report
     * @param publication every count the report publishes, as the set of cases it counts
     * @param plan        which counts are shown and which suppressed
     */
    record Rendered(String html, Publication publication, SuppressionPlan plan) {
    }

    static Rendered renderWithCells(ReportInput input) {
        ReportDocument document = ReportDocument.prepare(input);
        return new Rendered(document.html(), document.publication(), document.plan());
    }

    /** Writes the report with the counts of {@code ctx}: the first time to register them, then from the plan. */
    static String write(ReportInput input, ReportContext ctx) {
        WhySection.Numbers why = WhySection.numbers(input, ctx);
        StringBuilder html = new StringBuilder(400_000);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(ctx.t("da", "en")).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.esc(ctx.t("Dyre enkeltsager - ", "Expensive cases - ") + input.title()))
                .append(input.synthetic() ? Html.esc(ctx.t(" (syntetiske data)", " (synthetic data)")) : "").append("</title>\n<style>")
                .append(ReportStyle.CSS).append(ReportStyle.page(RunningHeader.text(input, ctx), ctx.language())).append("</style>\n</head>\n<body>\n");
        html.append("<header><h1>").append(Html.esc(ctx.t("Særligt dyre enkeltsager: ", "Especially expensive cases: ")
                + input.title())).append("</h1>\n<p class=\"mode\">")
                .append(Html.esc(edition(input, ctx))).append("</p>\n").append(banner(input, ctx)).append(nav(input, ctx)).append("</header>\n<main>\n");
        html.append(section("resume", ctx.t("Resumé", "Summary"), SummarySection.html(input, ctx, why), input, ctx));
        html.append(section("hvem", ctx.t("Hvem er de?", "Who are they?"), WhoSection.html(input, ctx), input, ctx));
        html.append(section("udgift", CostSection.title(ctx), CostSection.html(input, ctx), input, ctx));
        html.append(section("hvorfor", ctx.t("Hvorfor er de blevet dyre?", "Why did they become expensive?"),
                WhySection.html(input, ctx), input, ctx));
        html.append(section("hvad", ctx.t("Hvad kan der gøres?", "What can be done?"), WhatSection.html(input, ctx), input, ctx));
        html.append(section("variation", ctx.t("Variation mellem kommuner", "Variation between municipalities"),
                VariationSection.html(input, ctx), input, ctx));
        if (input.followUp().isPresent()) {
            html.append(section("udvikling", FollowUpSection.title(ctx), FollowUpSection.html(input, ctx), input, ctx));
        }
        html.append(section("datakvalitet", ctx.t("Datakvalitet", "Data quality"), QualitySection.html(input, ctx), input, ctx));
        html.append(section("metode", ctx.t("Metode", "Method"), MethodSection.html(input, ctx), input, ctx));
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** What the edition is: shared (small counts suppressed) or internal (own case numbers). */
    static String edition(ReportInput input, ReportContext ctx) {
        return input.disclosure().isShared()
                ? ctx.t("Delt udgave: ingen sagsnumre; antal under " + ctx.threshold() + " personer vises som "
                        + Disclosure.suppressedText(ctx.threshold()) + ", og tal, der kunne afsløre dem, som "
                        + ReportContext.SECONDARY_MARK + ".",
                "Shared edition: no case numbers; counts under " + ctx.threshold() + " persons are shown as "
                        + Disclosure.suppressedText(ctx.threshold()) + ", and figures that could reveal them as "
                        + ReportContext.SECONDARY_MARK + ".")
                : ctx.t("Intern udgave til kommunens eget brug: indeholder egne sagsnumre. Andre kommuner vises som i den delte udgave.",
                "Internal edition for the municipality's own use: contains its case numbers. Other municipalities are shown as in "
                        + "the shared edition.");
    }

    /** The synthetic-data warning, when the cases or the reference are synthetic. */
    static java.util.Optional<String> syntheticWarning(ReportInput input, ReportContext ctx) {
        if (!input.synthetic()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(input.cases().origin().isSynthetic()
                ? ctx.t("SYNTETISKE DATA - ingen rigtige borgere; kommunerne er fiktive.", "SYNTHETIC DATA - no real citizens; the municipalities are fictional.")
                : ctx.t("Referencen er SYNTETISK - ingen rigtige borgere.", "The reference is SYNTHETIC - no real citizens."));
    }

    private static String banner(ReportInput input, ReportContext ctx) {
        return syntheticWarning(input, ctx).map(text -> "<p class=\"synthetic-banner\">" + Html.esc(text) + "</p>\n").orElse("");
    }

    private static String nav(ReportInput input, ReportContext ctx) {
        java.util.List<String[]> items = new java.util.ArrayList<>(java.util.List.of(new String[][] {{"resume", ctx.t("Resumé", "Summary")}, {"hvem", ctx.t("Hvem er de?", "Who are they?")},
            {"udgift", ctx.t("Hvad koster de?", "What do they cost?")},
            {"hvorfor", ctx.t("Hvorfor er de blevet dyre?", "Why did they become expensive?")},
            {"hvad", ctx.t("Hvad kan der gøres?", "What can be done?")}, {"variation", ctx.t("Variation", "Variation")},
            {"datakvalitet", ctx.t("Datakvalitet", "Data quality")}, {"metode", ctx.t("Metode", "Method")}}));
        if (input.followUp().isPresent()) {
            items.add(6, new String[] {"udvikling", ctx.t("Udvikling", "Change")});
        }
        StringBuilder s = new StringBuilder("<nav><ol>");
        for (String[] item : items) {
            s.append("<li><a href=\"#").append(item[0]).append("\">").append(Html.esc(item[1])).append("</a></li>");
        }
        return s.append("</ol></nav>\n").toString();
    }

    private static String section(String id, String title, String body, ReportInput input, ReportContext ctx) {
        return "<section id=\"" + id + "\">\n<h2>" + Html.esc(title) + "</h2>\n" + banner(input, ctx) + body + "</section>\n";
    }
}
