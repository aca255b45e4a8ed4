package dk.casescreen.cases;

/**
 * What a fill-in workbook made by casescreen says about itself, kept on its very hidden worksheet
 * {@value #SHEET_NAME}: which sheet definition and version it was generated from, and its language.
 *
 * @param sheetId      the sheet definition's id
 * @param sheetVersion the sheet definition's version
 * @param language     the language of headings and answer lists ("da" or "en")
 */
public record TemplateInfo(String sheetId, String sheetVersion, String language) {

    /** The name of the worksheet holding the information. */
    public static final String SHEET_NAME = "casescreen";
    /** Key of the sheet id (column A; the value stands in column B). */
    public static final String SHEET_ID_KEY = "sheet_id";
    /** Key of the sheet version. */
    public static final String SHEET_VERSION_KEY = "sheet_version";
    /** Key of the language. */
    public static final String LANGUAGE_KEY = "language";
}
