package dk.casescreen.app;

import dk.casescreen.Language;
import dk.casescreen.report.Html;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The app's page and the parts of it the server renders again after every step (the page's script
 * only puts them in place): the file lists, the validation, the municipalities to choose from and the
 * report with its downloads. Every text is escaped and CPR-masked.
 */
final class AppPage {

    private AppPage() {
    }

    /** The whole page, with the current state in place. */
    static String page(Session session) {
        Language l = session.language();
        boolean da = l == Language.DA;
        Map<String, String> parts = parts(session, Optional.empty());
        StringBuilder s = new StringBuilder(8_000);
        s.append("<!DOCTYPE html>\n<html lang=\"").append(da ? "da" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(t(AppTexts.TITLE, l))
                .append("</title>\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"app.css\">\n<script src=\"app.js\" defer></script>\n</head>\n<body data-failed=\"").append(t(AppTexts.REQUEST_FAILED, l)).append("\" data-working=\"")
                .append(t(AppTexts.WORKING, l)).append("\">\n<header><h1>").append(t(AppTexts.TITLE, l)).append("</h1>")
                .append("<a id=\"lang-switch\" href=\"./?lang=").append(da ? "en" : "da").append("\" hreflang=\"").append(da ? "en" : "da")
                .append("\">").append(t(AppTexts.LANG_SWITCH, l)).append("</a> <button type=\"button\" id=\"stop\">").append(t(AppTexts.STOP, l))
                .append("</button>\n<p class=\"intro\">").append(t(AppTexts.INTRO, l)).append("</p></header>\n")
                .append("<p id=\"message\" role=\"alert\">").append(parts.get("message")).append("</p>\n<main>\n")
                .append("<section id=\"step-template\"><h2>").append(t(AppTexts.STEP_TEMPLATE, l)).append("</h2>")
                .append("<p><a id=\"template-link\" href=\"template.xlsx\" download=\"").append(t(AppTexts.TEMPLATE_FILE, l)).append("\">")
                .append(t(AppTexts.TEMPLATE_LINK, l)).append("</a></p><p>").append(t(AppTexts.TEMPLATE_HELP, l)).append("</p></section>\n")
                .append("<section id=\"step-files\"><h2>").append(t(AppTexts.STEP_FILES, l)).append("</h2>")
                .append("<div id=\"drop\"><label for=\"files\">").append(t(AppTexts.DROP, l)).append("</label> ")
                .append("<input type=\"file\" id=\"files\" multiple accept=\".xlsx,.csv,.json\"></div>")
                .append("<ul id=\"file-list\">").append(parts.get("file-list")).append("</ul></section>\n")
                .append("<section id=\"step-validation\"><h2>").append(t(AppTexts.STEP_VALIDATION, l)).append("</h2>")
                .append("<div id=\"validation\">").append(parts.get("validation")).append("</div></section>\n")
                .append("<section id=\"step-options\"><h2>").append(t(AppTexts.STEP_OPTIONS, l)).append("</h2>")
                .append("<form id=\"options\">")
                .append("<p><label for=\"municipality\">").append(t(AppTexts.MUNICIPALITY, l)).append("</label> ")
                .append("<select id=\"municipality\" name=\"municipality\">").append(parts.get("municipality")).append("</select></p>")
                .append("<fieldset><legend>").append(t(AppTexts.EDITION, l)).append("</legend>")
                .append("<label><input type=\"radio\" name=\"edition\" value=\"internal\" checked> ").append(t(AppTexts.INTERNAL, l)).append("</label> ")
                .append("<label><input type=\"radio\" name=\"edition\" value=\"shared\"> ").append(t(AppTexts.SHARED, l)).append("</label></fieldset>")
                .append("<p><label for=\"threshold\">").append(t(AppTexts.THRESHOLD, l)).append("</label> ")
                .append("<input type=\"number\" id=\"threshold\" name=\"threshold\" min=\"3\" step=\"1\" value=\"5\"></p>")
                .append("<p><label for=\"populations\">").append(t(AppTexts.POPULATIONS, l)).append("</label> ")
                .append("<input type=\"file\" id=\"populations\" accept=\".csv,.txt\"></p>")
                .append("<p><label for=\"benchmark\">").append(t(AppTexts.BENCHMARK, l)).append("</label> ")
                .append("<input type=\"file\" id=\"benchmark\" accept=\".json\"></p>")
                .append("<ul id=\"extra-files\">").append(parts.get("extra-files")).append("</ul>")
                .append("<p><button type=\"submit\" id=\"make-report\"").append(parts.get("usable").equals("true") ? "" : " disabled").append(">")
                .append(t(AppTexts.MAKE_REPORT, l)).append("</button></p></form></section>\n")
                .append("<section id=\"step-report\"><h2>").append(t(AppTexts.STEP_REPORT, l)).append("</h2>")
                .append("<div id=\"result\">").append(parts.get("result")).append("</div></section>\n")
                .append("</main>\n</body>\n</html>\n");
        return s.toString();
    }

    /** The parts the script puts in place after a step, by element id, with the message and whether a report can be made. */
    static Map<String, String> parts(Session session, Optional<String> message) {
        Language l = session.language();
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder files = new StringBuilder();
        for (Session.Upload u : session.cases()) {
            files.append(item(u, l));
        }
        parts.put("file-list", files.toString());
        parts.put("validation", session.loaded().map(load -> ValidationHtml.render(load, l)).orElseGet(() -> ValidationHtml.empty(l)));
        StringBuilder options = new StringBuilder();
        for (Session.Municipality m : session.municipalities()) {
            options.append("<option value=\"").append(Html.esc(m.code())).append("\">").append(Html.esc(m.name())).append("</option>");
        }
        parts.put("municipality", options.toString());
        StringBuilder extras = new StringBuilder();
        session.populations().ifPresent(u -> extras.append(item(u, l)));
        session.benchmark().ifPresent(u -> extras.append(item(u, l)));
        parts.put("extra-files", extras.toString());
        parts.put("result", session.run().map(r -> result(r, l)).orElse("<p class=\"empty\">" + t(AppTexts.NO_REPORT, l) + "</p>"));
        parts.put("message", message.map(Html::esc).orElse(""));
        parts.put("usable", Boolean.toString(session.loaded().filter(ValidationHtml::usable).isPresent()));
        return parts;
    }

    private static String item(Session.Upload u, Language l) {
        return "<li><span class=\"name\">" + Html.esc(u.shownName()) + "</span> <button type=\"button\" data-remove=\"" + u.id() + "\">"
                + t(AppTexts.REMOVE, l) + "</button></li>";
    }

    private static String result(Session.Run r, Language l) {
        String base = "out/" + r.id() + "/";
        StringBuilder s = new StringBuilder();
        for (String note : r.notes()) {
            s.append("<p class=\"note\">").append(Html.esc(note)).append("</p>");
        }
        return s.append("<p id=\"downloads\">")
                .append(link(base + "html", "html", t(AppTexts.DOWNLOAD_HTML, l)))
                .append(link(base + "pptx", "pptx", t(AppTexts.DOWNLOAD_PPTX, l)))
                .append(link(base + "xlsx", "xlsx", t(AppTexts.DOWNLOAD_XLSX, l)))
                .append("</p><iframe id=\"report-frame\" sandbox title=\"").append(t(AppTexts.REPORT_FRAME, l)).append("\" src=\"")
                .append(base).append("view\"></iframe>").toString();
    }

    private static String link(String href, String kind, String text) {
        return "<a data-kind=\"" + kind + "\" href=\"" + href + "\" download>" + text + "</a> ";
    }

    private static String t(dk.casescreen.Text text, Language l) {
        return Html.esc(text.in(l));
    }
}
