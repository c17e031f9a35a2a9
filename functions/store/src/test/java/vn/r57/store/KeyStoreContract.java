package vn.r57.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.r57.core.keys.ApiKey;
import vn.r57.core.keys.Tokens;

/** What every {@link KeyStore} does: keys found by id, listed oldest first, revoked once, issued to current provinces only. */
public abstract class KeyStoreContract {

    private static final Instant CREATED = Instant.parse("2025-11-20T03:00:00Z");

    private final KeyStore keys;

    private final AutoCloseable cleanUp;

    protected KeyStoreContract(StoresUnderTest stores) {
        this.cleanUp = stores.cleanUp();
        keys = stores.keys();
    }

    @AfterEach
    void cleanUp() throws Exception {
        cleanUp.close();
    }

    @Test
    void aCreatedKeyIsFoundByItsIdAndStoresOnlyTheSecretsHash() {
        Tokens.Token token = keys.create("thanh-hoa", "Sở KH&CN Thanh Hóa – reporting script", CREATED);

        ApiKey key = keys.find(token.keyId()).orElseThrow();

        assertEquals(new ApiKey(token.keyId(), "thanh-hoa", "Sở KH&CN Thanh Hóa – reporting script", Tokens.hash(token.secret()),
                CREATED, Optional.empty()), key);
        assertTrue(Tokens.matches(token.secret(), key));
        assertEquals(Optional.of(token.keyId()), Tokens.keyId(token.secret()));
    }

    @Test
    void anUnknownKeyIsNotFound() {
        assertEquals(Optional.empty(), keys.find("abcdefghijk2"));
    }

    @Test
    void keysAreListedOldestFirstRevokedOnesIncluded() {
        Tokens.Token first = keys.create("ha-noi", "first", CREATED);
        Tokens.Token second = keys.create("thanh-hoa", "second", CREATED.plusSeconds(60));
        keys.revoke(first.keyId(), CREATED.plusSeconds(120));

        List<ApiKey> listed = keys.list();

        assertEquals(List.of(first.keyId(), second.keyId()), listed.stream().map(ApiKey::id).toList());
        assertEquals(List.of(Optional.of(CREATED.plusSeconds(120)), Optional.empty()), listed.stream().map(ApiKey::revokedAt).toList());
    }

    @Test
    void revokingTellsWhetherItRevokedAnything() {
        Tokens.Token token = keys.create("thanh-hoa", "script", CREATED);

        assertEquals(KeyStore.Revocation.REVOKED, keys.revoke(token.keyId(), CREATED.plusSeconds(5)));
        assertEquals(KeyStore.Revocation.ALREADY_REVOKED, keys.revoke(token.keyId(), CREATED.plusSeconds(10)));
        assertEquals(KeyStore.Revocation.UNKNOWN_KEY, keys.revoke("abcdefghijk2", CREATED.plusSeconds(10)));
        ApiKey revoked = keys.find(token.keyId()).orElseThrow();
        assertFalse(revoked.isActive());
        assertEquals(Optional.of(CREATED.plusSeconds(5)), revoked.revokedAt());
    }

    @Test
    void keysAreIssuedToCurrentProvincesOnly() {
        IllegalArgumentException dissolved = assertThrows(IllegalArgumentException.class,
                () -> keys.create("ha-giang", "old unit", CREATED));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> keys.create("atlantis", "nowhere", CREATED));
        IllegalArgumentException noLabel = assertThrows(IllegalArgumentException.class,
                () -> keys.create("thanh-hoa", " ", CREATED));

        assertTrue(dissolved.getMessage().startsWith("\"ha-giang\" is not a current province or city; keys are issued to one of: ha-noi, "),
                dissolved.getMessage());
        assertTrue(unknown.getMessage().startsWith("\"atlantis\" is not a current province or city"), unknown.getMessage());
        assertEquals("a key needs a label of 1 to 200 printable characters saying who holds it, e.g. \"Sở KH&CN Thanh Hóa – reporting script\"",
                noLabel.getMessage());
        assertEquals(List.of(), keys.list());
    }

    @Test
    void keysMadeAtTheSameMomentAreListedByTheirIds() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(keys.create("thanh-hoa", "script " + i, CREATED).keyId());
        }

        assertEquals(ids.stream().sorted().toList(), keys.list().stream().map(ApiKey::id).toList());
    }
}
