package vn.r57.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.snapshot.Submission;
import vn.r57.core.snapshot.SubmissionValidator;
import vn.r57.core.snapshot.Validation;

/** The 201 body: a stored snapshot as JSON, every figure with exactly the digits the department sent. */
class SnapshotJsonTest {

    private static final SubmissionValidator VALIDATOR = new SubmissionValidator(Catalog.load());

    @Test
    void figuresTravelFromRequestToResponseWithoutGainingOrLosingADigit() {
        Submission submission = accepted("""
            {"province": "thanh-hoa", "period": "2025-Q3",
             "source": {"title": "Báo cáo quý III/2025", "url": "https://thanhhoa.gov.vn/bao-cao"},
             "values": [
               {"indicator": "on-time-admin-processing", "value": 99.510},
               {"indicator": "online-public-services-share", "value": 80, "qualifier": "above"},
               {"indicator": "rd-spending-share", "value": 0.00001, "kind": "target", "note": "ước tính \\"sơ bộ\\""},
               {"indicator": "commune-it-investment", "value": -0.00}
             ]}
            """);
        StoredSnapshot stored = new StoredSnapshot("01JA2B3C4D", submission.province(), submission.period(), submission.source(),
                Instant.parse("2025-10-15T03:04:05.123456Z"), List.of(
                        new StoredValue(submission.values().get(0), 1),
                        new StoredValue(submission.values().get(1), 3),
                        new StoredValue(submission.values().get(2), 1),
                        new StoredValue(submission.values().get(3), 2)));

        String json = new String(SnapshotJson.write(stored), StandardCharsets.UTF_8);

        assertEquals("{\"id\":\"01JA2B3C4D\",\"province\":\"thanh-hoa\",\"period\":\"2025-Q3\","
                + "\"receivedAt\":\"2025-10-15T03:04:05.123Z\","
                + "\"source\":{\"title\":\"Báo cáo quý III/2025\",\"url\":\"https://thanhhoa.gov.vn/bao-cao\"},"
                + "\"values\":["
                + "{\"indicator\":\"on-time-admin-processing\",\"kind\":\"actual\",\"value\":99.510,\"revision\":1},"
                + "{\"indicator\":\"online-public-services-share\",\"kind\":\"actual\",\"value\":80,\"qualifier\":\"above\",\"revision\":3},"
                + "{\"indicator\":\"rd-spending-share\",\"kind\":\"target\",\"value\":0.00001,\"note\":\"ước tính \\\"sơ bộ\\\"\",\"revision\":1},"
                + "{\"indicator\":\"commune-it-investment\",\"kind\":\"actual\",\"value\":0.00,\"revision\":2}"
                + "]}", json);
    }

    @Test
    void aSourceWithoutAddressHasNoUrlMember() {
        Submission submission = accepted("""
            {"province": "gia-lai", "period": "2025-07", "source": {"title": "Công văn"},
             "values": [{"indicator": "action-plan-issued", "value": 1}]}
            """);
        StoredSnapshot stored = new StoredSnapshot("s1", submission.province(), submission.period(), submission.source(),
                Instant.parse("2025-08-01T00:00:00Z"), List.of(new StoredValue(submission.values().get(0), 1)));

        assertEquals("{\"id\":\"s1\",\"province\":\"gia-lai\",\"period\":\"2025-07\",\"receivedAt\":\"2025-08-01T00:00:00.000Z\","
                        + "\"source\":{\"title\":\"Công văn\"},"
                        + "\"values\":[{\"indicator\":\"action-plan-issued\",\"kind\":\"actual\",\"value\":1,\"revision\":1}]}",
                new String(SnapshotJson.write(stored), StandardCharsets.UTF_8));
    }

    private static Submission accepted(String json) {
        Validation validation = VALIDATOR.validate(json.getBytes(StandardCharsets.UTF_8), LocalDate.of(2025, 10, 15),
                Set.of("thanh-hoa", "gia-lai"));
        return ((Validation.Valid) validation).submission();
    }
}
