package vn.r57.submit;

import java.util.Optional;

/** {@code Idempotency-Key}: 1 to 128 printable ASCII characters, chosen by the client (a UUID is a good choice). */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 128;

    private IdempotencyKeys() {}

    /** Why the header's value is not acceptable; empty when it is. */
    static Optional<String> refusal(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return Optional.of("must be 1 to " + MAX_LENGTH + " characters long, not " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return Optional.of(String.format("may hold printable ASCII characters only; U+%04X at position %d is not one", (int) c, i));
            }
        }
        return Optional.empty();
    }
}
