package vn.r57.local;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the emulators' libraries from printing lines that mean nothing to someone running the portal. */
public final class Quiet {

    // java.util.logging keeps loggers weakly: without this reference the level would be forgotten.
    private static final Logger SQLITE = Logger.getLogger("com.almworks.sqlite4java");

    private Quiet() {}

    public static void libraries() {
        // SLF4J (AWS SDK, s3proxy) finds no logging back-end in the jar and would say so three times.
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "WARN");
        // sqlite4java, inside DynamoDB Local, warns that a shaded jar has no version in its name; DynamoDB Local
        // sets that logger's level itself, so a filter is what stays.
        SQLITE.setFilter(record -> record.getLevel().intValue() >= Level.SEVERE.intValue());
    }

    /** Runs {@code start} with standard output discarded: DynamoDB Local prints its configuration there. */
    public static <T> T withoutStandardOutput(Supplier<T> start) {
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return start.get();
        } finally {
            System.setOut(stdout);
        }
    }
}
