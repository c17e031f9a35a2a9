package vn.r57.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files at the repository root, seen from this module's folder (where Maven runs its tests). */
final class Repository {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    private Repository() {}

    static Path file(String relative) {
        Path file = ROOT.resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalStateException("expected " + file + " in the repository");
        }
        return file;
    }
}
