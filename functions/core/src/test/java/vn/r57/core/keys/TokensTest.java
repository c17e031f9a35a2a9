package vn.r57.core.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bearer tokens r57_&lt;key id&gt;_&lt;secret&gt;: the id finds the key, only the SHA-256 of the token is stored. */
class TokensTest {

    private static final Pattern SHAPE = Pattern.compile("r57_[a-z2-7]{12}_[A-Za-z0-9_-]{43}");
    private static final String WELL_FORMED = "r57_abcdefghijkl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    @Test
    void aGeneratedTokenHasTheDocumentedShapeAndCarriesItsKeyId() {
        Tokens.Token token = Tokens.generate();

        assertTrue(SHAPE.matcher(token.secret()).matches(), token.secret());
        assertEquals(Optional.of(token.keyId()), Tokens.keyId(token.secret()));
        assertEquals("r57_" + token.keyId() + "_", token.secret().substring(0, 17));
    }

    @Test
    void aThousandTokensAreAllDifferentInKeyIdAndSecret() {
        Set<String> keyIds = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            Tokens.Token token = Tokens.generate();
            keyIds.add(token.keyId());
            secrets.add(token.secret().substring(17));
        }

        assertEquals(1000, keyIds.size());
        assertEquals(1000, secrets.size());
    }

    @Test
    void theKeyIdIsReadFromAWellFormedToken() {
        assertEquals(Optional.of("abcdefghijkl"), Tokens.keyId(WELL_FORMED));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {
        "Bearer r57_abcdefghijkl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "r57_abcdefghijkl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "r57_abcdefghijkl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "r57_ABCDEFGHIJKL_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "r57_abcdefghijk1_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "r58_abcdefghijkl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "r57_abcdefghijkl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "r57_abcdefghijkl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA ",
        "r57_abcdefghijklAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    })
    void anythingElseHasNoKeyId(String token) {
        assertEquals(Optional.empty(), Tokens.keyId(token));
    }

    @Test
    void theHashIsTheLowercaseHexSha256OfTheWholeToken() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.hash("abc"));
        assertEquals("d015dc0d9a8b1cd5686bbdae1e39fdd12573241a687224f726c6de60795fdd63", Tokens.hash(WELL_FORMED));
    }

    @Test
    void aTokenMatchesOnlyTheKeyHoldingItsHash() {
        Tokens.Token token = Tokens.generate();
        ApiKey key = new ApiKey(token.keyId(), "gia-lai", "Sở KH&CN Gia Lai", Tokens.hash(token.secret()),
                Instant.parse("2025-07-01T00:00:00Z"), Optional.empty());
        String lastCharacterChanged = token.secret().substring(0, token.secret().length() - 1)
                + (token.secret().endsWith("A") ? "B" : "A");

        assertTrue(Tokens.matches(token.secret(), key));
        assertFalse(Tokens.matches(lastCharacterChanged, key));
        assertFalse(Tokens.matches(Tokens.generate().secret(), key));
        assertFalse(Tokens.matches("", key));
    }

    @Test
    void aKeyIsActiveUntilRevoked() {
        ApiKey active = new ApiKey("abcdefghijkl", "gia-lai", "l", "h", Instant.parse("2025-07-01T00:00:00Z"), Optional.empty());
        ApiKey revoked = new ApiKey("abcdefghijkl", "gia-lai", "l", "h", Instant.parse("2025-07-01T00:00:00Z"),
                Optional.of(Instant.parse("2025-08-01T00:00:00Z")));

        assertTrue(active.isActive());
        assertFalse(revoked.isActive());
    }
}
