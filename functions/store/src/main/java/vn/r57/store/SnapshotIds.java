package vn.r57.store;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Snapshot ids: 26 characters of lower-case base32, 130 random bits. Unguessable, because a snapshot of another
 * province must not be found by counting; URL-safe, because the id is a path segment.
 */
public final class SnapshotIds {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("[a-z2-7]{26}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SnapshotIds() {}

    public static String generate() {
        char[] id = new char[26];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    public static boolean isWellFormed(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }
}
