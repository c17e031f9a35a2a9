package vn.r57.core.keys;

import java.time.Instant;
import java.util.Optional;

/**
 * A department's credential as stored: never the secret, only its SHA-256. A key belongs to one current province.
 */
public record ApiKey(
        String id, String province, String label, String secretHash, Instant createdAt, Optional<Instant> revokedAt) {

    public boolean isActive() {
        return revokedAt.isEmpty();
    }
}
