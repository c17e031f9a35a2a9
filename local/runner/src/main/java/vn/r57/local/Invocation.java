package vn.r57.local;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * What a command runs with besides its arguments: the environment, the clock, and its two streams. Standard output
 * carries only what a script may capture (a new key's secret, a listing, a render report); everything meant for a
 * person goes to standard error.
 */
public record Invocation(Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {

    public static Invocation system() {
        return new Invocation(System.getenv(), Clock.systemUTC(), System.out, System.err);
    }
}
