package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.r57.local.Invocation;
import vn.r57.local.Portal;

/**
 * The local portal in the test's own JVM on a test's folder, its log kept out of the test output, rendering only when
 * asked (the timer is an hour); and the keys command on that folder, as a department's administrator runs it.
 */
final class InProcessPortal {

    private InProcessPortal() {}

    /** @param demo as {@code --demo} / {@code --no-demo}; empty: the demonstration data only into a new folder */
    static LocalRunner start(Path folder, Optional<Boolean> demo) throws PortInUseException {
        return LocalRunner.start(new RunOptions(0, folder, Duration.ofHours(1), demo), Map.of(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    /** Runs {@code keys ...}, which must succeed, and answers what it printed on standard output (a new key's secret). */
    static String keys(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> command = new ArrayList<>(List.of("keys"));
        command.addAll(List.of(arguments));
        int status = Portal.execute(command, new Invocation(Map.of(), Clock.systemUTC(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
