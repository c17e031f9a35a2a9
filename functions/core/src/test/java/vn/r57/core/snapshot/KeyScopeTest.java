package vn.r57.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.r57.core.snapshot.Validate.assertProblems;
import static vn.r57.core.snapshot.Validate.body;
import static vn.r57.core.snapshot.Validate.valid;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A key writes its own province and the units that province was formed from; nothing else (HTTP 403). */
class KeyScopeTest {

    private static final Set<String> GIA_LAI_KEY = Validate.CATALOG.writableWith("gia-lai");

    @Test
    void aGiaLaiKeyMayFileBinhDinhsHistory() {
        assertEquals("binh-dinh", valid(body(snapshot("binh-dinh", "2024"), Validate.TODAY, GIA_LAI_KEY)).province());
        assertEquals("gia-lai-pre2025", valid(body(snapshot("gia-lai-pre2025", "2025-Q1"), Validate.TODAY, GIA_LAI_KEY)).province());
        assertEquals("gia-lai", valid(body(snapshot("gia-lai", "2025-Q3"), Validate.TODAY, GIA_LAI_KEY)).province());
    }

    @Test
    void aGiaLaiKeyMayNotWriteThanhHoa() {
        assertEquals(new Validation.Forbidden(new Problem("/province", Codes.NOT_YOUR_PROVINCE,
                        "this key may write binh-dinh, gia-lai, gia-lai-pre2025, not thanh-hoa")),
                body(snapshot("thanh-hoa", "2025"), Validate.TODAY, GIA_LAI_KEY));
    }

    @Test
    void aForeignProvinceIsRefusedBeforeAnyOtherRuleSoNothingLeaks() {
        assertEquals(new Validation.Forbidden(new Problem("/province", Codes.NOT_YOUR_PROVINCE,
                        "this key may write binh-dinh, gia-lai, gia-lai-pre2025, not ha-noi")),
                body("""
                    {"province": "ha-noi", "period": "2031", "extra": true, "values": [{"indicator": "nope", "value": 1e9}]}
                    """, Validate.TODAY, GIA_LAI_KEY));
    }

    @Test
    void anUnknownProvinceIsAValidationProblemNotAForbiddenOne() {
        assertProblems(List.of(new Problem("/province", Codes.UNKNOWN_PROVINCE, "unknown province \"gia_lai\"; did you mean \"gia-lai\"?")),
                body(snapshot("gia_lai", "2025"), Validate.TODAY, GIA_LAI_KEY));
    }

    @Test
    void aKeyWithoutAnyWritableUnitIsRefusedForEveryKnownProvince() {
        assertEquals(new Validation.Forbidden(new Problem("/province", Codes.NOT_YOUR_PROVINCE, "this key may write no province, not gia-lai")),
                body(snapshot("gia-lai", "2025"), Validate.TODAY, Set.of()));
    }

    @Test
    void malformedJsonIsReportedBeforeTheKeysScope() {
        assertEquals(new Validation.Malformed(new Problem("", Codes.MALFORMED_JSON,
                        "not valid JSON: Unexpected end-of-input: expected close marker for Object (line 1, column 25)")),
                body("{\"province\": \"thanh-hoa\"", Validate.TODAY, GIA_LAI_KEY));
    }

    @Test
    void aProvinceOfTheWrongTypeIsAValidationProblem() {
        assertProblems(List.of(new Problem("/province", Codes.WRONG_TYPE, "must be a string")),
                body("""
                    {"province": ["thanh-hoa"], "period": "2025", "source": {"title": "t"},
                     "values": [{"indicator": "action-plan-issued", "value": 1}]}
                    """, Validate.TODAY, GIA_LAI_KEY));
    }

    private static String snapshot(String province, String period) {
        return """
            {"province": "%s", "period": "%s", "source": {"title": "Báo cáo"},
             "values": [{"indicator": "online-public-services-share", "value": 80}]}
            """.formatted(province, period);
    }
}
