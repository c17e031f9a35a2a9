package vn.r57.store;

import java.time.Duration;

/**
 * The table could not be reached, throttled us, or stayed contended after bounded retries. Nothing was written
 * (DynamoDB transactions are all or nothing); the caller may try again after {@link #retryAfter()}.
 */
public final class StoreUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public StoreUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
