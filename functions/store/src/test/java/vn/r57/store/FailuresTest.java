package vn.r57.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

class FailuresTest {

    @Test
    void noAnswerFromTheTableIsUnavailability() {
        SdkClientException refused = SdkClientException.create("Unable to execute HTTP request: Connection refused");

        StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> Failures.call("reading a key", () -> {
            throw refused;
        }));

        assertEquals("reading a key: the table is unavailable (SdkClientException)", e.getMessage());
        assertEquals(Duration.ofSeconds(2), e.retryAfter());
        assertSame(refused, e.getCause());
    }

    @Test
    void throttlingAndServerErrorsAreUnavailability() {
        ProvisionedThroughputExceededException throttled = ProvisionedThroughputExceededException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build())
                .build();
        InternalServerErrorException serverError = InternalServerErrorException.builder()
                .statusCode(500)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalServerError").build())
                .build();

        assertThrows(StoreUnavailableException.class, () -> Failures.call("storing", () -> {
            throw throttled;
        }));
        assertThrows(StoreUnavailableException.class, () -> Failures.call("storing", () -> {
            throw serverError;
        }));
    }

    @Test
    void aMissingTableIsAConfigurationErrorAndKeepsItsOwnException() {
        ResourceNotFoundException missing = ResourceNotFoundException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceNotFoundException").build())
                .build();

        ResourceNotFoundException thrown = assertThrows(ResourceNotFoundException.class, () -> Failures.call("storing", () -> {
            throw missing;
        }));
        assertSame(missing, thrown);
    }
}
