package vn.r57.core.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.r57.core.Hashes;

/**
 * Bearer tokens of the form {@code r57_<key id>_<secret>}: a 12-character key id (to find the stored hash with one
 * read) and 256 random bits. A plain SHA-256 suffices at rest: the secret is random, not a password, so there is
 * nothing to brute-force from a dictionary.
 */
public final class Tokens {

    private static final Pattern FORMAT = Pattern.compile("r57_([a-z2-7]{12})_([A-Za-z0-9_-]{43})");
    private static final char[] ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** A new token; its secret exists only in the returned text. */
    public static Token generate() {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)];
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String keyId = new String(id);
        return new Token(keyId, "r57_" + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The key id of a well-formed token; empty for anything else, including no token at all ({@code null}). */
    public static Optional<String> keyId(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(token);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static String hash(String token) {
        return Hashes.sha256(token);
    }

    /** Compares in time independent of where the hashes differ. */
    public static boolean matches(String token, ApiKey key) {
        return MessageDigest.isEqual(
                hash(token).getBytes(StandardCharsets.US_ASCII), key.secretHash().getBytes(StandardCharsets.US_ASCII));
    }

    /** A freshly generated token: show {@code secret} once, store only {@code Tokens.hash(secret)}. */
    public record Token(String keyId, String secret) {}
}
