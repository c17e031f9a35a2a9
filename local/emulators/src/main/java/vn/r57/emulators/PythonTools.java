package vn.r57.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Python tools the emulators run, each in a virtualenv of its own, as {@code .ci/run} installs them:
 * {@code <tools>/venv-<name>-<version>} where {@code <tools>} is {@code $R57_TOOLS_DIR}, else
 * {@code $XDG_CACHE_HOME/r57-ci}, else {@code ~/.cache/r57-ci}. An environment variable naming a tool's Python
 * wins; without one, a missing virtualenv is made here (once, under a file lock, since several test JVMs may ask
 * at once), so {@code mvn verify} works from a fresh clone where Python 3 with venv and pip is installed.
 */
final class PythonTools {

    private static final long INSTALL_TIMEOUT_MINUTES = 10;

    private PythonTools() {
    }

    /**
     * The Python of {@code package==version} (pip's {@code requirement}, e.g. {@code moto[server]==5.2.5}):
     * {@code $variable} when set, else the virtualenv, made if missing, whose {@code bin/command} shows the install
     * finished.
     */
    static Path python(String variable, String name, String version, String requirement, String command) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            Path python = Path.of(configured);
            if (!Files.isExecutable(python)) {
                throw new IllegalStateException(variable + "=" + configured + " is not an executable file: it must name the"
                        + " python of a virtualenv where " + requirement + " is installed");
            }
            return python;
        }
        Path venv = toolsDirectory().resolve("venv-" + name + "-" + version);
        synchronized (PythonTools.class) {
            try {
                Files.createDirectories(venv.getParent());
                try (FileChannel lockFile = FileChannel.open(venv.resolveSibling(venv.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = lockFile.lock()) {
                    if (!Files.isExecutable(venv.resolve("bin").resolve(command))) {
                        install(venv, requirement, variable);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot prepare the virtualenv " + venv + " for " + requirement, e);
            }
        }
        return venv.resolve("bin").resolve("python");
    }

    static Path toolsDirectory() {
        String tools = System.getenv("R57_TOOLS_DIR");
        if (tools != null && !tools.isBlank()) {
            return Path.of(tools);
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path cacheDirectory = cache != null && !cache.isBlank()
                ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return cacheDirectory.resolve("r57-ci");
    }

    private static void install(Path venv, String requirement, String variable) throws IOException {
        System.out.printf("[emulators] installing %s into %s (once; .ci/run does the same)%n", requirement, venv);
        deleteRecursively(venv);
        run(List.of("python3", "-m", "venv", venv.toString()), requirement, variable);
        run(List.of(venv.resolve("bin/python").toString(), "-m", "pip", "install", "--disable-pip-version-check", "-q",
                requirement), requirement, variable);
    }

    private static void run(List<String> command, String requirement, String variable) throws IOException {
        Path log = Files.createTempFile("r57-pip-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw failure(command, "took over " + INSTALL_TIMEOUT_MINUTES + " minutes", requirement, variable);
            }
            if (process.exitValue() != 0) {
                throw failure(command, "failed (status " + process.exitValue() + "):\n"
                        + Files.readString(log, StandardCharsets.UTF_8).strip(), requirement, variable);
            }
        } catch (IOException e) {
            throw failure(command, "could not run (" + e.getMessage() + ")", requirement, variable);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(command, "was interrupted", requirement, variable);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static IllegalStateException failure(List<String> command, String what, String requirement, String variable) {
        return new IllegalStateException("Installing " + requirement + " for the tests: `" + String.join(" ", command)
                + "` " + what + "\nThe tests need Python 3 with venv and pip (Debian: apt-get install python3-venv) and"
                + " PyPI, or " + variable + " set to the python of a virtualenv where " + requirement
                + " is installed (bash .ci/run does both).");
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
