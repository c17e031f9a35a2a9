package vn.r57.submit;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.r57.core.keys.ApiKey;
import vn.r57.core.keys.Tokens;
import vn.r57.store.KeyStore;

/**
 * Finds the caller's key from {@code Authorization: Bearer <token>}. Every failure is a 401; the response says
 * "revoked" only to a caller who proved they hold the secret, so it tells an outsider nothing about which keys exist.
 */
final class Authentication {

    static final String HEADER = "Authorization";
    private static final String CHALLENGE = "Bearer realm=\"r57\"";
    private static final ApiKey NOBODY = new ApiKey("", "", "", Tokens.hash("no key has this secret"), Instant.EPOCH, Optional.empty());

    private final KeyStore keys;

    Authentication(KeyStore keys) {
        this.keys = keys;
    }

    sealed interface Result {}

    record Authenticated(ApiKey key) implements Result {}

    record Refused(HttpResponse response) implements Result {}

    Result authenticate(HttpRequest request) {
        Optional<String> header = request.header(HEADER);
        if (header.isEmpty() || header.get().isBlank()) {
            return refuse("missing-token", "send your key as \"Authorization: Bearer r57_...\"", CHALLENGE);
        }
        String[] parts = header.get().trim().split(" +", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")) {
            return refuse("malformed-token", "the Authorization header must be \"Bearer \" followed by your token",
                    CHALLENGE + ", error=\"invalid_request\"");
        }
        String token = parts[1].trim();
        Optional<String> keyId = Tokens.keyId(token);
        if (keyId.isEmpty()) {
            return refuse("malformed-token", "this is not an r57 token; tokens look like r57_<12 characters>_<43 characters>",
                    CHALLENGE + ", error=\"invalid_token\"");
        }
        Optional<ApiKey> key = keys.find(keyId.get());
        // Compare even when the key is unknown, so both answers take the same work.
        boolean matches = Tokens.matches(token, key.orElse(NOBODY)) && key.isPresent();
        if (!matches) {
            return refuse("invalid-token", "this token is not valid; check that it was copied whole", CHALLENGE + ", error=\"invalid_token\"");
        }
        if (!key.get().isActive()) {
            return refuse("revoked-token", "this key was revoked; ask the portal team for a new one",
                    CHALLENGE + ", error=\"invalid_token\"");
        }
        return new Authenticated(key.get());
    }

    private static Refused refuse(String code, String detail, String challenge) {
        return new Refused(Problems.response(ProblemType.UNAUTHORIZED, ApiError.header(HEADER, code, detail),
                Map.of("WWW-Authenticate", challenge)));
    }
}
