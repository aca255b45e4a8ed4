package dk.casescreen.request;

import dk.casescreen.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file a command writes ({@code --out deck.pptx}): its folder must exist and be writable, and an
 * existing file is replaced only when the user said {@code --force}. The file is written to a
 * temporary name beside it and moved into place when complete, so a failure never leaves half a file.
 */
public final class OutputFile {

    /** The output cannot be written where asked; the message names the path. */
    public static final class OutputException extends IOException {
        /** An exception with the message shown to the user. */
        public OutputException(String message) {
            super(message);
        }
    }

    /** Writes the content of one output. */
    @FunctionalInterface
    public interface Content {
        /** Writes to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * Checks that {@code file} can be written before any work is done.
     *
     * @throws OutputException when its folder is missing or not writable, it is a folder, or it exists and {@code force} is false
     */
    public static void check(Path file, boolean force, Language language) throws OutputException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        boolean da = language == Language.DA;
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputException((da ? "mappen findes ikke: " : "the folder does not exist: ") + (folder == null ? file : folder));
        }
        if (!Files.isWritable(folder)) {
            throw new OutputException((da ? "der kan ikke skrives i mappen: " : "cannot write in the folder: ") + folder);
        }
        if (Files.isDirectory(absolute)) {
            throw new OutputException((da ? "er en mappe, ikke en fil: " : "is a folder, not a file: ") + file);
        }
        if (Files.exists(absolute) && !force) {
            throw new OutputException((da ? "filen findes allerede (brug --force for at erstatte den): "
                    : "the file exists already (use --force to replace it): ") + file);
        }
    }

    /**
     * Checks {@code file} and writes it completely or not at all: to a temporary file beside it,
     * moved into place (atomically where the file system can) only when complete, and deleted on
     * any failure, an out-of-memory error included.
     */
    public static void write(Path file, boolean force, Language language, Content content) throws IOException {
        check(file, force, language);
        Path absolute = file.toAbsolutePath();
        // beside the file, made as any new file of the user's (not createTempFile's owner-only permissions)
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            try {
                Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
