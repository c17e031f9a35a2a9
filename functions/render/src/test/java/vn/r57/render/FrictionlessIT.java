package vn.r57.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.core.catalog.Catalog;
import vn.r57.render.sink.DirectorySink;
import vn.r57.revisions.RevisionFile;

/**
 * The rendered Data Package passes {@code frictionless validate} (PyPI frictionless). In CI ({@code CI=true}) the
 * command must be installed; elsewhere the test is skipped, saying why, when it is not on the PATH.
 */
class FrictionlessIT {

    @TempDir
    Path out;

    private static Path frictionless;

    @BeforeAll
    static void findFrictionless() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "frictionless");
            if (Files.isExecutable(candidate)) {
                frictionless = candidate;
                return;
            }
        }
        String message = "the frictionless command is not on the PATH (pip install frictionless)";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message + "; CI must validate the data package");
        }
        Assumptions.abort(message + "; skipping the data package validation");
    }

    @Test
    void theRenderedPackageIsValid() throws Exception {
        render();

        Result result = validate();

        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("\"valid\": true"), result.output());
    }

    @Test
    void aValueWrittenTheWayPeopleReadItMakesThePackageInvalid() throws Exception {
        render();
        Path csv = out.resolve("data/v1/observations.csv");
        Files.writeString(csv, Files.readString(csv).replace(",99.510,", ",\"99,51\",")); // Vietnamese decimal comma

        Result result = validate();

        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("\"valid\": false"), result.output());
        assertTrue(result.output().contains("\"type\": \"type-error\""), result.output());
    }

    private void render() {
        new Renderer(Catalog.load(), new RevisionFile(SmallDataSet.revisions()), OutputSets.all(SmallDataSet.SITE_URL, false),
                new DirectorySink(out)).render(false);
    }

    private Result validate() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(frictionless.toString(), "validate", "--json", "datapackage.json")
                .directory(out.resolve("data/v1").toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("frictionless validate did not finish");
        }
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {}
}
