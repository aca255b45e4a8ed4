package dk.casescreen.cases;

/**
 * How the data rows of one file (or worksheet) were accounted for: {@code read = accepted + rejected}.
 *
 * @param location      the file and worksheet
 * @param read          the data rows read (blank rows are not data rows)
 * @param accepted      the rows that became case records
 * @param rejected      the rows that were rejected
 * @param wholeFileRejected whether strict mode rejected the whole file because of errors in it
 * @param template      what a fill-in workbook made by casescreen says about itself (sheet id, version, language)
 * @param rounds        the numbers of the screening rounds of the file's accepted cases, ascending
 */
public record FileAccount(Location location, long read, long accepted, long rejected, boolean wholeFileRejected,
                          java.util.Optional<TemplateInfo> template, java.util.List<Integer> rounds) {

    /** Creates an account that tells no rounds; it must add up. */
    public FileAccount(Location location, long read, long accepted, long rejected, boolean wholeFileRejected,
                       java.util.Optional<TemplateInfo> template) {
        this(location, read, accepted, rejected, wholeFileRejected, template, java.util.List.of());
    }

    /** Creates an account; it must add up. */
    public FileAccount {
        rounds = java.util.List.copyOf(rounds);
        if (read != accepted + rejected) {
            throw new IllegalStateException("Row accounting broken for " + location.file() + ": read " + read
                    + " != accepted " + accepted + " + rejected " + rejected);
        }
    }
}
