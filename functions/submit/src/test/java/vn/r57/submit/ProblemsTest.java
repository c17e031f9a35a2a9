package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void oneErrorIsAlsoTheProblemsDetail() {
        HttpResponse response = Problems.response(ProblemType.BAD_REQUEST,
                ApiError.header("Idempotency-Key", "bad-idempotency-key", "must be 1 to 128 characters long, not 0"));

        assertEquals(400, response.status());
        assertEquals(Map.of("Content-Type", "application/problem+json", "Cache-Control", "no-store"), response.headers());
        assertEquals("{\"type\":\"https://r57.example/problems/bad-request\",\"title\":\"The request is malformed\",\"status\":400,"
                + "\"detail\":\"must be 1 to 128 characters long, not 0\","
                + "\"errors\":[{\"header\":\"Idempotency-Key\",\"code\":\"bad-idempotency-key\",\"detail\":\"must be 1 to 128 characters long, not 0\"}]}",
                response.body());
        assertEquals(List.of("bad-idempotency-key"), response.errorCodes());
    }

    @Test
    void severalErrorsAreCountedAndListedWithTheirPointers() {
        HttpResponse response = Problems.response(ProblemType.INVALID_SNAPSHOT, List.of(
                ApiError.body("/period", "bad-period", "\"2025-13\" is not a period"),
                ApiError.body("/values/0/value", "out-of-range", "120 is outside the range")));

        assertEquals(422, response.status());
        assertEquals("{\"type\":\"https://r57.example/problems/invalid-snapshot\",\"title\":\"The snapshot has problems\",\"status\":422,"
                + "\"detail\":\"2 problems were found; each is listed in \\\"errors\\\"\",\"errors\":["
                + "{\"pointer\":\"/period\",\"code\":\"bad-period\",\"detail\":\"\\\"2025-13\\\" is not a period\"},"
                + "{\"pointer\":\"/values/0/value\",\"code\":\"out-of-range\",\"detail\":\"120 is outside the range\"}]}",
                response.body());
    }

    @Test
    void extraHeadersComeAfterTheStandardOnes() {
        HttpResponse response = Problems.response(ProblemType.STORE_UNAVAILABLE,
                ApiError.request("store-unavailable", "try again"), Map.of("Retry-After", "2"));

        assertEquals(List.of("Content-Type", "Cache-Control", "Retry-After"), List.copyOf(response.headers().keySet()));
        assertEquals("{\"type\":\"https://r57.example/problems/store-unavailable\",\"title\":\"The store is briefly unavailable\",\"status\":503,"
                + "\"detail\":\"try again\",\"errors\":[{\"code\":\"store-unavailable\",\"detail\":\"try again\"}]}", response.body());
    }
}
