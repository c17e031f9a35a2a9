package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Try the API locally" block, run as written with bash against a local portal, only the port
 * changed: the key from the keys command is accepted, the figure is stored (201) and published by the render.
 */
class ReadmeIT {

    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final String README_PORT = "http://127.0.0.1:8080";
    private static final Pattern BLOCK = Pattern.compile("## Try the API locally\n.*?```sh\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmesCurlExampleIsAcceptedAndPublished(@TempDir Path data) throws Exception {
        String block = readmeBlock();
        assertTrue(block.contains(README_PORT), "the README's example talks to the default address");
        try (LocalRunner runner = InProcessPortal.start(data, Optional.of(false))) {
            String script = block.replace(README_PORT, runner.baseUri().toString());

            ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                    .directory(REPOSITORY.toFile())
                    .redirectErrorStream(false);
            bash.environment().put(DataDirectory.DATA_VARIABLE, data.toString());
            Process process = bash.start();
            process.getOutputStream().close();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(5, TimeUnit.MINUTES));

            assertEquals(0, process.exitValue(), stderr);
            assertTrue(stdout.startsWith("HTTP/1.1 201 Created\r\n"), stdout);
            assertTrue(stdout.contains(",\"changedValues\":1,"), "the render took the new figure: " + stdout);
            assertEquals(Optional.of("62.5"), Published.currentValue(runner.baseUri(), "thanh-hoa", "online-public-services-usage", "2025"));
            String page = Published.get(runner.baseUri(), "/vi/provinces/thanh-hoa/").body();
            assertTrue(page.contains("<span class=\"stat-value\">62,5\u00a0%"), page);
            assertFalse(page.contains("demo-banner"), "a portal without demonstration data has no banner");
        }
    }

    private static String readmeBlock() throws Exception {
        Matcher block = BLOCK.matcher(Files.readString(REPOSITORY.resolve("README.md")));
        assertTrue(block.find(), "README.md has a \"## Try the API locally\" section with a ```sh block");
        return block.group(1);
    }
}
