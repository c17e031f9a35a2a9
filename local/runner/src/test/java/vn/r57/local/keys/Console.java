package vn.r57.local.keys;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Runs the keys command as a shell would, keeping what it printed on each stream and its exit status. */
record Console(int status, String out, String err) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-20T03:00:00Z"), ZoneOffset.UTC);

    static Console keys(String... arguments) {
        return keys(Map.of(), arguments);
    }

    static Console keys(Map<String, String> environment, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = KeysCommand.run(List.of(arguments), environment, CLOCK,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Console(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
