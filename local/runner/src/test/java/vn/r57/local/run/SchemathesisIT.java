package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schemathesis (property-based API testing from openapi.yaml) against the local runner over real HTTP, with every
 * check but one: "schema-valid data is accepted" (a schema cannot know the catalog, a key's province or today's date,
 * so valid-looking snapshots are rightly refused with 403 or 422). Undeclared methods answer 405 with Allow: the
 * HTTP API's $default route brings them to the function, and the runner does the same. Zero server errors, and every status, content type, header and body conforms to the spec; data the
 * schema refuses is refused with a 4xx.
 *
 * <p>Uses the executable {@code R57_SCHEMATHESIS} names (as {@code .ci/run} sets it after installing the pinned
 * version), else {@code schemathesis} on the PATH. Without either it fails in CI ({@code CI=true}) and is reported as
 * skipped elsewhere, like the data package's frictionless check.
 */
class SchemathesisIT {

    static final String VARIABLE = "R57_SCHEMATHESIS";
    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    @Test
    void noServerErrorAndEveryResponseConformsToOpenApiYaml() throws Exception {
        File executable = schemathesis();
        Path reports = Path.of("target/schemathesis").toAbsolutePath();
        Files.createDirectories(reports);
        try (LocalRunner runner = InProcessPortal.start(folder, Optional.of(false))) {
            String token = InProcessPortal.keys("create", "--province", "thanh-hoa", "--data", folder.toString());
            List<String> command = new ArrayList<>(List.of(executable.getPath(), "run", REPOSITORY.resolve("openapi.yaml").toString(),
                    "--url", runner.baseUri().toString().replaceAll("/$", ""),
                    "--header", "Authorization: Bearer " + token,
                    "--checks", "all", "--exclude-checks", "positive_data_acceptance",
                    "--phases", "examples,coverage,fuzzing",
                    "--max-examples", "100", "--seed", "57", "--generation-database", "none", "--workers", "2", "--request-timeout", "30",
                    "--no-color", "--report", "junit", "--report-dir", reports.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(reports.resolve("output.txt").toFile()).start();
            process.getOutputStream().close();
            boolean finished = process.waitFor(10, TimeUnit.MINUTES);
            if (!finished) {
                process.destroyForcibly();
            }
            String output = Files.readString(reports.resolve("output.txt"), StandardCharsets.UTF_8);
            System.out.println("[reliability] schemathesis: " + summary(output));
            assertTrue(finished, "schemathesis ran over 10 minutes:\n" + output);
            assertEquals(0, process.exitValue(), output);
        }
    }

    /** The last lines of the run: test cases generated, checks passed, failures. */
    private static String summary(String output) {
        String[] lines = output.strip().split("\n");
        return String.join(" | ", List.of(lines).subList(Math.max(0, lines.length - 12), lines.length)).replaceAll("\\s+", " ");
    }

    private static File schemathesis() {
        String named = System.getenv(VARIABLE);
        if (named != null && !named.isBlank()) {
            File executable = new File(named);
            assertTrue(executable.canExecute(), VARIABLE + "=" + executable + " is not an executable: install schemathesis "
                    + "(bash .ci/run does, pinned) or unset " + VARIABLE);
            return executable;
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(directory, "schemathesis");
            if (candidate.canExecute()) {
                return candidate;
            }
        }
        String message = "schemathesis is neither named by " + VARIABLE + " nor on the PATH (bash .ci/run installs it)";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message + "; CI must run it");
        }
        Assumptions.abort(message + "; skipping");
        throw new IllegalStateException("unreachable");
    }
}
