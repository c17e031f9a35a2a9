package vn.r57.store;

import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Separates "try again later" (network, throttling, a DynamoDB server error) from programming or configuration
 * errors, which keep their own exception so that they surface as a 500 and an alarm rather than a polite 503.
 */
final class Failures {

    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private Failures() {}

    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            if (isTransient(e)) {
                throw new StoreUnavailableException(what + ": the table is unavailable (" + e.getClass().getSimpleName() + ")", RETRY_AFTER, e);
            }
            throw e;
        }
    }

    static void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }

    static boolean isTransient(SdkException e) {
        if (e instanceof SdkClientException) {
            // No answer at all: connection refused or reset, DNS, timeouts, or retries exhausted on the client side.
            return true;
        }
        if (e instanceof DynamoDbException service) {
            return service.isThrottlingException() || service.statusCode() >= 500;
        }
        return false;
    }
}
