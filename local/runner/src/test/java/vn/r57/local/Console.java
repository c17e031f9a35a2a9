package vn.r57.local;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Runs {@code portal ARGUMENTS} as a shell would, keeping what it printed on each stream and its exit status. */
public record Console(int status, String out, String err) {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-20T03:00:00Z"), ZoneOffset.UTC);

    /** {@code portal keys ARGUMENTS}. */
    public static Console keys(String... arguments) {
        return portal(prepend("keys", arguments));
    }

    public static Console portal(String... arguments) {
        return portal(Map.of(), arguments);
    }

    public static Console portal(Map<String, String> environment, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Portal.execute(List.of(arguments), new Invocation(environment, CLOCK,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Console(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String[] prepend(String command, String[] arguments) {
        String[] all = new String[arguments.length + 1];
        all[0] = command;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
