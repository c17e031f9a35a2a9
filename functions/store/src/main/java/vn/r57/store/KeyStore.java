package vn.r57.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.r57.core.keys.ApiKey;
import vn.r57.core.keys.Tokens;

/** Department credentials. Only a hash of each secret is stored; the token exists in clear text once, at creation. */
public interface KeyStore {

    /**
     * A new key for a current province.
     *
     * @return the token to hand over to the department: it cannot be shown again
     * @throws IllegalArgumentException when {@code province} is not one of the current units
     */
    Tokens.Token create(String province, String label, Instant now);

    Optional<ApiKey> find(String keyId);

    /** Every key, active and revoked, oldest first. */
    List<ApiKey> list();

    Revocation revoke(String keyId, Instant now);

    enum Revocation {
        REVOKED,
        ALREADY_REVOKED,
        UNKNOWN_KEY
    }
}
