package dk.casescreen.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Mutations of a workbook's XML parts: the zip is opened, one part is changed and the zip is written
 * again. Sheet names and relationship targets dropped, parts deleted, renamed, truncated or garbled,
 * invalid XML characters, a DOCTYPE, wrong cell references, huge row numbers, shared-string indexes out
 * of range, real formula cells, wrong cell types, an over-long shared string, a hidden case sheet, a
 * huge dimension, cells without references, and a row element twice.
 */
final class WorkbookMutations {

    private static final Pattern SHEET = Pattern.compile("<sheet\\b[^>]*>");
    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*>");
    private static final Pattern CELL_REF = Pattern.compile("<c r=\"[^\"]*\"");
    private static final Pattern ROW_REF = Pattern.compile("<row r=\"[^\"]*\"");
    private static final Pattern SHARED_VALUE = Pattern.compile("<c [^>]*t=\"s\"[^>]*><v>[^<]*</v>");
    private static final Pattern CELL = Pattern.compile("<c r=\"([^\"]*)\"[^>]*?(/>|>.*?</c>)");
    private static final Pattern STRING_ITEM = Pattern.compile("<t\\b[^>]*>[^<]*</t>");
    private static final Pattern ROW = Pattern.compile("<row\\b[^>]*>.*?</row>|<row\\b[^>]*/>");

    /** Every mutation, in the order the fuzz test cycles through them. */
    static final List<WorkbookDraft.Named> ALL = List.of(
            new WorkbookDraft.Named("drop sheet name", (d, rng) -> replaceOne(d, rng, "xl/workbook.xml", SHEET,
                    tag -> tag.replaceFirst("\\sname=\"[^\"]*\"", ""), "drop a sheet's name")),
            new WorkbookDraft.Named("drop relationship target", WorkbookMutations::dropTarget),
            new WorkbookDraft.Named("delete part", WorkbookMutations::deletePart),
            new WorkbookDraft.Named("invalid XML characters", WorkbookMutations::invalidCharacters),
            new WorkbookDraft.Named("truncate part", WorkbookMutations::truncatePart),
            new WorkbookDraft.Named("wrong cell reference", WorkbookMutations::wrongCellReference),
            new WorkbookDraft.Named("huge row number", (d, rng) -> {
                String r = pick(rng, "1048577", "2147483648", "99999999999999999999", "0", "-1", "x", "");
                replaceOne(d, rng, null, ROW_REF, tag -> "<row r=\"" + r + "\"", "row number " + r);
            }),
            new WorkbookDraft.Named("shared string out of range", (d, rng) -> {
                String v = pick(rng, "999999", "2147483648", "-1", "abc", "", "1e3");
                replaceOne(d, rng, null, SHARED_VALUE, tag -> tag.replaceFirst("<v>[^<]*</v>$", "<v>" + v + "</v>"),
                        "shared string index " + v);
            }),
            new WorkbookDraft.Named("DOCTYPE", WorkbookMutations::doctype),
            new WorkbookDraft.Named("formula cell", (d, rng) -> replaceCell(d, rng, pick(rng, "<f>1+1</f>",
                    "<f>SUM(A1:A3)</f><v>5</v>", "\" t=\"str\"><f>A1&amp;\"x\"</f><v>Ja</v>",
                    "\" t=\"e\"><f>1/0</f><v>#DIV/0!</v>", "\" t=\"b\"><f>TRUE()</f><v>1</v>",
                    "<f t=\"shared\" ref=\"A1:A9\" si=\"0\">1+1</f>", "<f>HYPERLINK(\"http://example.invalid\")</f>"), "formula")),
            new WorkbookDraft.Named("wrong cell type", (d, rng) -> replaceCell(d, rng, pick(rng, "\" t=\"n\"><v>abc</v>",
                    "\" t=\"b\"><v>2</v>", "\" t=\"d\"><v>ikke en dato</v>", "\" t=\"inlineStr\">", "\" t=\"s\">",
                    "\" t=\"zz\"><v>1</v>", "\" t=\"n\"><v>1e400</v>", "\" t=\"n\"><v>NaN</v>", "<v>-1e308</v>"), "cell")),
            new WorkbookDraft.Named("over-long shared string", (d, rng) -> {
                String t = rng.nextBoolean() ? "<t>Ja" + "x".repeat(39_998) + "</t>"
                        : "<t xml:space=\"preserve\">2500000" + " ".repeat(32_000) + "</t>";
                replaceOne(d, rng, "xl/sharedStrings.xml", STRING_ITEM, tag -> t, "shared string of " + (t.length() - 7) + " characters");
            }),
            new WorkbookDraft.Named("hidden case sheet", (d, rng) -> {
                String state = pick(rng, "hidden", "veryHidden");
                replaceOne(d, rng, "xl/workbook.xml", SHEET, tag -> tag.contains("name=\"" + Seeds.CASE_SHEET + "\"")
                        ? tag.replaceFirst("<sheet ", "<sheet state=\"" + state + "\" ") : tag, "case sheet " + state);
            }),
            new WorkbookDraft.Named("huge dimension", (d, rng) -> replaceOne(d, rng, null, Pattern.compile("<dimension ref=\"[^\"]*\"/>|<sheetData>"),
                    tag -> tag.equals("<sheetData>") ? "<dimension ref=\"A1:XFD1048576\"/><sheetData>" : "<dimension ref=\"A1:XFD1048576\"/>",
                    "dimension A1:XFD1048576")),
            new WorkbookDraft.Named("cells without reference", (d, rng) -> replaceOne(d, rng, null, ROW,
                    row -> row.replaceAll("<c r=\"[^\"]*\"", "<c"), "cells of a row without references")),
            new WorkbookDraft.Named("row twice", (d, rng) -> replaceOne(d, rng, null, ROW, row -> row + row, "a row element twice")),
            new WorkbookDraft.Named("rename part", WorkbookMutations::renamePart),
            new WorkbookDraft.Named("garble part", WorkbookMutations::garblePart));

    private WorkbookMutations() {
    }

    static String pick(RandomGenerator rng, String... choices) {
        return choices[rng.nextInt(choices.length)];
    }

    /**
     * Replaces one random match of {@code pattern} in {@code part} (the case sheet when null) by
     * {@code change} of it; records what it did, or that there was nothing to change.
     */
    static void replaceOne(WorkbookDraft d, RandomGenerator rng, String part, Pattern pattern, UnaryOperator<String> change,
                           String what) {
        Map<String, byte[]> parts = d.parts();
        String name = part != null ? part : WorkbookDraft.caseSheet(parts);
        String xml = WorkbookDraft.text(parts, name);
        List<int[]> found = xml == null ? List.of() : WorkbookDraft.matches(pattern, xml);
        if (found.isEmpty()) {
            d.step("(nothing for " + what + " in " + name + ")");
            return;
        }
        int[] at = found.get(rng.nextInt(found.size()));
        WorkbookDraft.text(parts, name, xml.substring(0, at[0]) + change.apply(xml.substring(at[0], at[1])) + xml.substring(at[1]));
        d.parts(parts);
        d.step(what + " in " + name + " at character " + at[0]);
    }

    /** Replaces a random cell of the case sheet by one with the same reference and {@code content} after it. */
    static void replaceCell(WorkbookDraft d, RandomGenerator rng, String content, String what) {
        String body = content.startsWith("\"") ? content.substring(1) : ">" + content;
        replaceOne(d, rng, null, CELL, cell -> {
            String ref = WorkbookDraft.attribute(cell, "r");
            return "<c r=\"" + ref + "\"" + body + "</c>";
        }, what + " " + Names.shortly(content, 40));
    }

    static void dropTarget(WorkbookDraft d, RandomGenerator rng) {
        List<String> rels = d.parts().keySet().stream().filter(n -> n.endsWith(".rels")).toList();
        String part = rels.isEmpty() ? "_rels/.rels" : rels.get(rng.nextInt(rels.size()));
        replaceOne(d, rng, part, RELATIONSHIP, tag -> tag.replaceFirst("\\sTarget=\"[^\"]*\"", ""), "drop a relationship's target");
    }

    static void deletePart(WorkbookDraft d, RandomGenerator rng) {
        Map<String, byte[]> parts = d.parts();
        String name = anyPart(d, parts, rng, "(no part to delete)");
        if (name == null) {
            return;
        }
        parts.remove(name);
        d.parts(parts);
        d.step("delete " + name);
    }

    static void renamePart(WorkbookDraft d, RandomGenerator rng) {
        Map<String, byte[]> parts = d.parts();
        String name = anyPart(d, parts, rng, "(no part to rename)");
        if (name == null) {
            return;
        }
        String to = pick(rng, name + ".bak", name.toUpperCase(java.util.Locale.ROOT), "../" + name, "/" + name, name.replace('/', '\\'));
        byte[] content = parts.remove(name);
        parts.put(to, content);
        d.parts(parts);
        d.step("rename " + name + " to " + to);
    }

    /** Any part of the workbook, or null (noted as {@code none}) when it has none. */
    private static String anyPart(WorkbookDraft d, Map<String, byte[]> parts, RandomGenerator rng, String none) {
        if (parts.isEmpty()) {
            d.step(none);
            return null;
        }
        return new ArrayList<>(parts.keySet()).get(rng.nextInt(parts.size()));
    }

    /** An XML part, the case sheet or the shared strings half the time. */
    private static String anyXmlPart(Map<String, byte[]> parts, RandomGenerator rng) {
        if (rng.nextBoolean()) {
            return rng.nextBoolean() ? WorkbookDraft.caseSheet(parts) : "xl/sharedStrings.xml";
        }
        List<String> xml = WorkbookDraft.xmlParts(parts);
        return xml.isEmpty() ? "xl/workbook.xml" : xml.get(rng.nextInt(xml.size()));
    }

    static void invalidCharacters(WorkbookDraft d, RandomGenerator rng) {
        Map<String, byte[]> parts = d.parts();
        String name = anyXmlPart(parts, rng);
        String xml = WorkbookDraft.text(parts, name);
        if (xml == null) {
            d.step("(no " + name + ")");
            return;
        }
        String bad = pick(rng, "\u0001", "\u0000", "\ufffe", "&#1;", "&#xFFFF;", "\u001b[2J", "&#0;", "\ud800");
        int at = rng.nextInt(xml.length() + 1);
        WorkbookDraft.text(parts, name, xml.substring(0, at) + bad + xml.substring(at));
        d.parts(parts);
        d.step("insert " + Names.visible(bad) + " into " + name + " at character " + at);
    }

    static void truncatePart(WorkbookDraft d, RandomGenerator rng) {
        Map<String, byte[]> parts = d.parts();
        String name = anyXmlPart(parts, rng);
        byte[] content = parts.get(name);
        if (content == null) {
            d.step("(no " + name + ")");
            return;
        }
        int at = rng.nextInt(content.length + 1);
        parts.put(name, Arrays.copyOf(content, at));
        d.parts(parts);
        d.step("truncate " + name + " at byte " + at + " of " + content.length);
    }

    static void garblePart(WorkbookDraft d, RandomGenerator rng) {
        Map<String, byte[]> parts = d.parts();
        String name = anyXmlPart(parts, rng);
        byte[] content = parts.get(name);
        if (content == null || content.length == 0) {
            d.step("(no " + name + ")");
            return;
        }
        List<String> steps = new ArrayList<>();
        parts.put(name, ByteMutations.flip(content, rng, steps));
        d.parts(parts);
        d.step(steps.getFirst() + " in " + name);
    }

    static void wrongCellReference(WorkbookDraft d, RandomGenerator rng) {
        String ref = pick(rng, "XFE1", "A0", "A-1", "", "1A", "a5", "AAAAA1", "A99999999999", "XFD1048577", "$A$1", "A1",
                "B2:C3", "\u00c51");
        replaceOne(d, rng, null, CELL_REF, tag -> "<c r=\"" + ref + "\"", "cell reference " + Names.visible(ref));
    }

    static void doctype(WorkbookDraft d, RandomGenerator rng) {
        Map<String, byte[]> parts = d.parts();
        String name = anyXmlPart(parts, rng);
        String xml = WorkbookDraft.text(parts, name);
        if (xml == null) {
            d.step("(no " + name + ")");
            return;
        }
        String root = xml.replaceFirst("(?s)^(<\\?xml[^>]*\\?>)?\\s*<([A-Za-z:]+).*", "$2");
        String doctype = pick(rng,
                "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                "<!DOCTYPE " + root + " SYSTEM \"http://example.invalid/x.dtd\">",
                "<!DOCTYPE " + root + " [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
                "<!DOCTYPE " + root + ">");
        int at = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        String changed = xml.substring(0, at) + doctype + xml.substring(at);
        if (doctype.contains("ENTITY xxe") || doctype.contains("ENTITY b")) {
            changed = changed.replaceFirst("<t>", "<t>" + (doctype.contains("xxe") ? "&xxe;" : "&b;"));
        }
        parts.put(name, changed.getBytes(StandardCharsets.UTF_8));
        d.parts(parts);
        d.step("DOCTYPE " + Names.shortly(doctype, 50) + " in " + name);
    }
}
