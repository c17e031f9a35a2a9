package vn.r57.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ObjectDigestTest {

    @Test
    void isSha512Over256InLowerCaseHex() {
        // FIPS 180-4 example "abc" (NIST CSRC, SHA512_256.pdf).
        assertEquals("53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23",
                ObjectDigest.of("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void ofNoBytesIsTheDigestOfTheEmptyMessage() {
        assertEquals("c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a", ObjectDigest.of(new byte[0]));
    }
}
