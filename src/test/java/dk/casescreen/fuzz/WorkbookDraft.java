package dk.casescreen.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A workbook being mutated: its bytes, its name, what was planted in it and what was done; reads and writes its zip parts. */
final class WorkbookDraft extends Draft {

    /** A mutation of a workbook draft; it records what it did in {@link WorkbookDraft#step}. */
    @FunctionalInterface
    interface Op {
        void apply(WorkbookDraft draft, RandomGenerator rng) throws IOException;
    }

    /** A mutation with the name it is listed under. */
    record Named(String name, Op op) {
    }

    private static final Pattern ELEMENT = Pattern.compile("<(sheet|Relationship)\\b[^>]*>");

    byte[] bytes;

    WorkbookDraft(byte[] bytes, String fileName) {
        super(fileName);
        this.bytes = bytes;
    }

    /** The zip parts by name, in order; empty when the bytes are no zip file (an earlier mutation broke it). */
    Map<String, byte[]> parts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException | IllegalArgumentException broken) {
            return new LinkedHashMap<>();
        }
        return parts;
    }

    /** Zips the parts back into the draft. */
    void parts(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes = out.toByteArray();
    }

    static String text(Map<String, byte[]> parts, String name) {
        byte[] b = parts.get(name);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    static void text(Map<String, byte[]> parts, String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The names of the XML parts (relationships included). */
    static List<String> xmlParts(Map<String, byte[]> parts) {
        return parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
    }

    /** The part of the worksheet named {@link Seeds#CASE_SHEET}, found through the workbook and its relationships. */
    static String caseSheet(Map<String, byte[]> parts) {
        String workbook = text(parts, "xl/workbook.xml");
        String rels = text(parts, "xl/_rels/workbook.xml.rels");
        if (workbook == null || rels == null) {
            return "xl/worksheets/sheet2.xml";
        }
        String id = null;
        Matcher m = ELEMENT.matcher(workbook);
        while (m.find()) {
            if (m.group(1).equals("sheet") && Seeds.CASE_SHEET.equals(attribute(m.group(), "name"))) {
                id = attribute(m.group(), "r:id");
            }
        }
        m = ELEMENT.matcher(rels);
        while (m.find()) {
            String target = attribute(m.group(), "Target");
            if (id != null && id.equals(attribute(m.group(), "Id")) && target != null) {
                return target.startsWith("/") ? target.substring(1) : "xl/" + target;
            }
        }
        return "xl/worksheets/sheet2.xml";
    }

    /** The value of an attribute of an element's start tag, or null. */
    static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    /** Every match of {@code pattern} in {@code text}, as [start, end) pairs. */
    static List<int[]> matches(Pattern pattern, String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }
}
