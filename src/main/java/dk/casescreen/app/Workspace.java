package dk.casescreen.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The app's private temporary folder: owner-only where the file system has POSIX permissions, every
 * upload and every report in a numbered folder of its own under a name the app chooses (the user's
 * file name is only shown, never used as a path), deleted whole when the app stops.
 */
final class Workspace {

    private final Path root;
    private int next;

    private Workspace(Path root) {
        this.root = root;
    }

    /** Makes a new private folder in the system's temporary folder. */
    static Workspace create() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new Workspace(Files.createTempDirectory("casescreen-app-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))));
        }
        Path dir = Files.createTempDirectory("casescreen-app-");
        var file = dir.toFile();
        // owner only on file systems without POSIX permissions (Windows): take everyone's rights, give the owner's back
        file.setReadable(false, false);
        file.setReadable(true, true);
        file.setWritable(false, false);
        file.setWritable(true, true);
        file.setExecutable(false, false);
        file.setExecutable(true, true);
        return new Workspace(dir);
    }

    /** The folder. */
    Path root() {
        return root;
    }

    /** A new numbered folder inside the private folder. */
    synchronized Path newFolder(String prefix) throws IOException {
        Path dir = root.resolve(prefix + (++next));
        Files.createDirectory(dir);
        return dir;
    }

    /**
     * The extension of the user's file name, lower case, letters and digits only (at most 10), to keep on
     * the stored copy, since the loader tells a file's format by it; "bin" when there is none.
     */
    static String extension(String shownName) {
        int dot = shownName.lastIndexOf('.');
        String ext = dot < 0 ? "" : shownName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,10}") ? ext : "bin";
    }

    /**
     * The user's file name made safe to store under (letters, digits, space, dot, dash and underscore;
     * no leading dot; at most 100 characters), for files whose readers name them in their messages.
     */
    static String safeName(String shownName) {
        String safe = shownName.replaceAll("[^\\p{L}\\p{N} ._-]", "_").replaceAll("^[. ]+", "").strip();
        if (safe.length() > 100) {
            safe = safe.substring(safe.length() - 100);
        }
        return safe.isEmpty() ? "fil." + extension(shownName) : safe;
    }

    /** Deletes the folder and everything in it. */
    synchronized void delete() throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
