package vn.r57.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.r57.core.snapshot.Validate.assertProblems;
import static vn.r57.core.snapshot.Validate.body;
import static vn.r57.core.snapshot.Validate.valid;
import static vn.r57.core.snapshot.Validate.withValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.period.Period;

/** A well-formed snapshot becomes a {@link Submission} with every value exactly as sent. */
class SubmissionValidatorTest {

    @Test
    void theContractExampleIsAccepted() {
        Validation validation = body("""
            {
              "province": "thanh-hoa",
              "period": "2025",
              "source": { "title": "Báo cáo kết quả chuyển đổi số năm 2025", "url": "https://thanhhoa.gov.vn/bao-cao" },
              "values": [
                { "indicator": "on-time-admin-processing", "value": 99.510 },
                { "indicator": "online-public-services-share", "value": 80, "qualifier": "above" },
                { "indicator": "digital-skilled-workers-trained", "value": 7500, "kind": "target", "note": "đến năm 2030" }
              ]
            }
            """);

        assertEquals(new Submission("thanh-hoa", Period.year(2025),
                        new Source("Báo cáo kết quả chuyển đổi số năm 2025", Optional.of("https://thanhhoa.gov.vn/bao-cao")),
                        List.of(
                                new Observation("on-time-admin-processing", Kind.ACTUAL, new BigDecimal("99.510"),
                                        Optional.empty(), Optional.empty()),
                                new Observation("online-public-services-share", Kind.ACTUAL, new BigDecimal("80"),
                                        Optional.of(Qualifier.ABOVE), Optional.empty()),
                                new Observation("digital-skilled-workers-trained", Kind.TARGET, new BigDecimal("7500"),
                                        Optional.empty(), Optional.of("đến năm 2030")))),
                valid(validation));
    }

    @Test
    void decimalsKeepEveryDigitAndTheirScale() {
        Submission submission = valid(body("""
            {"province": "thanh-hoa", "period": "2025-Q3", "source": {"title": "t"}, "values": [
              {"indicator": "on-time-admin-processing", "value": 99.510},
              {"indicator": "online-public-services-share", "value": 80},
              {"indicator": "rd-spending-share", "value": 0.00001},
              {"indicator": "commune-it-investment", "value": 123456789012345678901234},
              {"indicator": "e-payment-account-share", "value": 1.2345678901}
            ]}
            """));

        assertEquals(List.of("99.510", "80", "0.00001", "123456789012345678901234", "1.2345678901"),
                submission.values().stream().map(o -> o.value().toPlainString()).toList());
        assertEquals(List.of(3, 0, 5, 0, 10), submission.values().stream().map(o -> o.value().scale()).toList());
    }

    /**
     * Decision: negative zero is accepted and stored as zero. BigDecimal has no signed zero, -0 and 0 are the same
     * number, and spreadsheets emit -0 after rounding a tiny negative; refusing it would only annoy.
     */
    @Test
    void negativeZeroIsAcceptedAsZeroKeepingItsScale() {
        Submission submission = valid(body("""
            {"province": "thanh-hoa", "period": "2025", "source": {"title": "t"}, "values": [
              {"indicator": "on-time-admin-processing", "value": -0},
              {"indicator": "online-public-services-share", "value": -0.0}
            ]}
            """));

        assertEquals(List.of("0", "0.0"), submission.values().stream().map(o -> o.value().toPlainString()).toList());
    }

    @Test
    void anOmittedOrNullKindIsAnActualAndNullOptionalsAreAbsent() {
        Submission submission = valid(body("""
            {"province": "thanh-hoa", "period": "2025", "source": {"title": "t", "url": null}, "values": [
              {"indicator": "on-time-admin-processing", "value": 99, "kind": null, "qualifier": null, "note": null},
              {"indicator": "online-public-services-share", "value": 80}
            ]}
            """));

        assertEquals(Optional.empty(), submission.source().url());
        assertEquals(List.of(
                new Observation("on-time-admin-processing", Kind.ACTUAL, new BigDecimal("99"), Optional.empty(), Optional.empty()),
                new Observation("online-public-services-share", Kind.ACTUAL, new BigDecimal("80"), Optional.empty(), Optional.empty())),
                submission.values());
    }

    @Test
    void oneIndicatorMayHaveAnActualAndATargetInOneSnapshot() {
        Submission submission = valid(body("""
            {"province": "thanh-hoa", "period": "2025", "source": {"title": "t"}, "values": [
              {"indicator": "digital-economy-share", "value": 12.5},
              {"indicator": "digital-economy-share", "value": 20, "kind": "target"}
            ]}
            """));

        assertEquals(List.of(Kind.ACTUAL, Kind.TARGET), submission.values().stream().map(Observation::kind).toList());
    }

    @Test
    void everyQualifierIsUnderstood() {
        Submission submission = valid(body("""
            {"province": "thanh-hoa", "period": "2025", "source": {"title": "t"}, "values": [
              {"indicator": "online-public-services-share", "value": 80, "qualifier": "above"},
              {"indicator": "digital-economy-share", "value": 3, "qualifier": "at-least"},
              {"indicator": "mobile-base-stations", "value": 9800, "qualifier": "approximately"},
              {"indicator": "e-payment-account-share", "value": 70, "qualifier": "estimate"}
            ]}
            """));

        assertEquals(List.of(Qualifier.ABOVE, Qualifier.AT_LEAST, Qualifier.APPROXIMATELY, Qualifier.ESTIMATE),
                submission.values().stream().map(o -> o.qualifier().orElseThrow()).toList());
    }

    @Test
    void milestonesAreZeroOrOne() {
        Submission done = valid(body(withValue("{\"indicator\": \"action-plan-issued\", \"value\": 1}")));
        Submission notYet = valid(body(withValue("{\"indicator\": \"action-plan-issued\", \"value\": 0}")));

        assertEquals(BigDecimal.ONE, done.values().get(0).value());
        assertEquals(BigDecimal.ZERO, notYet.values().get(0).value());
        assertProblems(List.of(new Problem("/values/0/value", Codes.NOT_A_MILESTONE,
                        "action-plan-issued is a milestone: send 1 (done) or 0 (not yet)")),
                body(withValue("{\"indicator\": \"action-plan-issued\", \"value\": 0.5}")));
        assertProblems(List.of(new Problem("/values/0/value", Codes.NOT_A_MILESTONE,
                        "action-plan-issued is a milestone: send 1 (done) or 0 (not yet)")),
                body(withValue("{\"indicator\": \"action-plan-issued\", \"value\": 2}")));
    }

    @Test
    void countsAreWholeNumbersEvenWhenWrittenWithZeroDecimals() {
        assertEquals("7500.0", valid(body(withValue("{\"indicator\": \"it-park-employees\", \"value\": 7500.0}")))
                .values().get(0).value().toPlainString());
        assertProblems(List.of(new Problem("/values/0/value", Codes.NOT_WHOLE_NUMBER,
                        "it-park-employees counts persons: send a whole number")),
                body(withValue("{\"indicator\": \"it-park-employees\", \"value\": 7500.5}")));
    }

    @Test
    void ratesAndAmountsMayHaveDecimals() {
        assertEquals(new BigDecimal("4.25"), valid(body(withValue("{\"indicator\": \"rd-personnel-per-10k\", \"value\": 4.25}")))
                .values().get(0).value());
        assertEquals(new BigDecimal("1250.75"), valid(body(withValue("{\"indicator\": \"commune-it-investment\", \"value\": 1250.75}")))
                .values().get(0).value());
    }

    @Test
    void theRangeIsInclusive() {
        valid(body(withValue("{\"indicator\": \"on-time-admin-processing\", \"value\": 100}")));
        valid(body(withValue("{\"indicator\": \"on-time-admin-processing\", \"value\": 0}")));
        valid(body(withValue("{\"indicator\": \"on-time-admin-processing\", \"value\": 100.000}")));
    }
}
