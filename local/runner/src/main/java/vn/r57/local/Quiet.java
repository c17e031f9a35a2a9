package vn.r57.local;

/** Keeps the libraries from printing lines that mean nothing to someone running the portal. */
public final class Quiet {

    private Quiet() {}

    public static void libraries() {
        // SLF4J (AWS SDK, s3proxy) finds no logging back-end in the jar and would say so three times.
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "WARN");
    }
}
