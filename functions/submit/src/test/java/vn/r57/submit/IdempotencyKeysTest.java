package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    @Test
    void oneTo128PrintableAsciiCharactersAreAKey() {
        assertEquals(Optional.empty(), IdempotencyKeys.refusal("a"));
        assertEquals(Optional.empty(), IdempotencyKeys.refusal("6f1c2d3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f"));
        assertEquals(Optional.empty(), IdempotencyKeys.refusal("thanh-hoa 2025 annual #1 ~ (retry)"));
        assertEquals(Optional.empty(), IdempotencyKeys.refusal("k".repeat(128)));
    }

    @Test
    void emptyTooLongOrNonAsciiKeysAreRefused() {
        assertEquals(Optional.of("must be 1 to 128 characters long, not 0"), IdempotencyKeys.refusal(""));
        assertEquals(Optional.of("must be 1 to 128 characters long, not 129"), IdempotencyKeys.refusal("k".repeat(129)));
        assertEquals(Optional.of("may hold printable ASCII characters only; U+1EA5 at position 6 is not one"),
                IdempotencyKeys.refusal("bao-cu\u1ea5o"));
        assertEquals(Optional.of("may hold printable ASCII characters only; U+0009 at position 3 is not one"),
                IdempotencyKeys.refusal("key\tone"));
    }
}
