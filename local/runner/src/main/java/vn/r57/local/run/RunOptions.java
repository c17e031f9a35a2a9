package vn.r57.local.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code run [--port N] [--data DIR] [--render-every DURATION] [--demo | --no-demo]}.
 *
 * @param port 0 picks a free port (tests)
 * @param demo empty: load the demo data into a new data folder only
 */
public record RunOptions(int port, Path data, Duration renderEvery, Optional<Boolean> demo) {

    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_RENDER_EVERY = Duration.ofSeconds(30);

    static final String USAGE = """
            usage: run [--port N] [--data DIR] [--render-every DURATION] [--demo | --no-demo]
              --port N                 listen on http://127.0.0.1:N (default 8080)
              --data DIR               keep the database and the bucket in DIR (default $PORTAL_DATA or ./.portal-data)
              --render-every DURATION  render what changed every DURATION, e.g. 30s, 2m (default 30s)
              --demo / --no-demo       load the demonstration figures (default: only into a new DIR)""";

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    public static RunOptions parse(List<String> arguments, Map<String, String> environment) {
        int port = DEFAULT_PORT;
        Path data = DataDirectory.defaultPath(environment);
        Duration renderEvery = DEFAULT_RENDER_EVERY;
        Optional<Boolean> demo = Optional.empty();
        List<String> rest = new ArrayList<>(arguments);
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--port" -> port = port(value(option, rest));
                case "--data" -> data = Path.of(value(option, rest));
                case "--render-every" -> renderEvery = duration(value(option, rest));
                case "--demo" -> demo = Optional.of(true);
                case "--no-demo" -> demo = Optional.of(false);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new RunOptions(port, data, renderEvery, demo);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port takes a number from 1 to 65535, not \"" + text + "\"");
    }

    static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            Duration duration = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
            if (duration.toMillis() >= 100) {
                return duration;
            }
        }
        throw new IllegalArgumentException("--render-every takes a duration of at least 100ms such as 30s, 2m or 500ms, not \"" + text + "\"");
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
