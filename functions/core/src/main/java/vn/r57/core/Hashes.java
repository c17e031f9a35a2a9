package vn.r57.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The project's digests, in lower-case hex. */
public final class Hashes {

    private Hashes() {}

    /**
     * SHA-256: API key secrets at rest, request bodies and idempotency keys (compared and stored only as hashes), and
     * the content part of an asset's file name.
     */
    public static String sha256(byte[] bytes) {
        return hex("SHA-256", bytes);
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * SHA-512/256 (FIPS 180-4): the digest the render manifest keeps of every object; a run PUTs an object only when
     * its digest differs.
     *
     * <p>It must stay collision resistant. Notes and source titles are free text from the departments, so with a weak
     * checksum a crafted note could make a changed page collide with the old one and keep it from being published.
     * SHA-512/256 has SHA-256's 128-bit collision strength, but works on 64-bit words: Lambda's
     * {@code -XX:TieredStopAtLevel=1} never reaches C2 and its SHA intrinsics, and there it digests about twice as many
     * bytes per second as SHA-256, which was 44 % of a full render.
     */
    public static String sha512_256(byte[] bytes) {
        return hex("SHA-512/256", bytes);
    }

    private static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
