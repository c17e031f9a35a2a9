package vn.r57.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of a full render passes the W3C Nu HTML Checker ({@code nu.validator:validator} from Maven Central)
 * with zero errors. The checker runs in a JVM of its own, from the jars the build copies to {@code nu.checker.lib}: its
 * Jetty 11 and the emulators' Jetty 12 cannot share a class path, and its command line ends with {@code System.exit}.
 */
class PagesValidityIT {

    @TempDir
    Path site;

    @Test
    void everyRenderedPageHasNoHtmlErrors() throws Exception {
        DemoLikeDataSet.renderInto(site);
        List<String> pages = htmlFiles(site);
        assertEquals(2 * (86 + 34 + 18 + 6 + 1 + 12 + 1) + 1, pages.size(),
                "every page of both languages (with progress, the status pages of current units, the regions, 12 region pages and the compare page) and the root page");

        List<String> command = new ArrayList<>(List.of(NuCheckerJars.java(), "-Xss4m", "-cp", NuCheckerJars.classPath(),
                "nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--format", "gnu", "--no-langdetect"));
        command.addAll(pages);
        Process checker = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(checker.waitFor(10, TimeUnit.MINUTES), "the checker finished");

        assertEquals("", report.replace(site.toString() + "/", ""), "Nu HTML Checker errors");
        assertEquals(0, checker.exitValue());
    }

    static List<String> htmlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".html")).map(Path::toString).sorted().toList();
        }
    }
}
