package vn.r57.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashesTest {

    @Test
    void sha256IsInLowerCaseHexOfTheUtf8Bytes() {
        // FIPS 180-4 example "abc" (NIST CSRC, SHA256.pdf).
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hashes.sha256("abc"));
        assertEquals(Hashes.sha256("Thanh Hóa".getBytes(StandardCharsets.UTF_8)), Hashes.sha256("Thanh Hóa"));
    }

    @Test
    void sha512Over256IsInLowerCaseHex() {
        // FIPS 180-4 example "abc" (NIST CSRC, SHA512_256.pdf).
        assertEquals("53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23",
                Hashes.sha512_256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void ofNoBytesIsTheDigestOfTheEmptyMessage() {
        assertEquals("c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a", Hashes.sha512_256(new byte[0]));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hashes.sha256(new byte[0]));
    }
}
