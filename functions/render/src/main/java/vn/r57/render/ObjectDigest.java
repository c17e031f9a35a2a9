package vn.r57.render;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest the manifest keeps of every object, in lower-case hex: a run PUTs an object only when its digest differs.
 *
 * <p>It must stay collision resistant. Notes and source titles are free text from the departments, so with a weak
 * checksum a crafted note could make a changed page collide with the old one and keep it from being published.
 * SHA-512/256 (FIPS 180-4) has SHA-256's 128-bit collision strength, but works on 64-bit words: Lambda's
 * {@code -XX:TieredStopAtLevel=1} never reaches C2 and its SHA intrinsics, and there it digests about twice as many
 * bytes per second as SHA-256, which was 44 % of a full render. Every Java runtime has it.
 */
final class ObjectDigest {

    private static final String ALGORITHM = "SHA-512/256";

    private ObjectDigest() {}

    static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(ALGORITHM).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }
}
