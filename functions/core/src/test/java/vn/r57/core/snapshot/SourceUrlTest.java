package vn.r57.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.r57.core.snapshot.Validate.assertProblems;
import static vn.r57.core.snapshot.Validate.body;
import static vn.r57.core.snapshot.Validate.valid;
import static vn.r57.core.snapshot.Validate.withSource;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A source link is shown on public pages, so only absolute http(s) addresses without credentials are taken. */
class SourceUrlTest {

    private static final String REFUSED = "must be an absolute http or https address without user information";

    @ParameterizedTest(name = "url \"{0}\"")
    @ValueSource(strings = {
        "https://thanhhoa.gov.vn/bao-cao",
        "http://sokhcn.gialai.gov.vn/tin-tuc?id=42#top",
        "HTTPS://MIC.GOV.VN/",
        "https://example.com:8443/a%20b.pdf",
    })
    void absoluteWebAddressesAreKeptAsSent(String url) {
        assertEquals(Optional.of(url), valid(body(withSource("{\"title\": \"t\", \"url\": \"" + url + "\"}"))).source().url());
    }

    @ParameterizedTest(name = "url \"{0}\"")
    @ValueSource(strings = {
        "javascript:alert(1)",
        "JavaScript://example.com/%0Aalert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "/bao-cao.pdf",
        "bao-cao.pdf",
        "//example.com/bao-cao.pdf",
        "ftp://example.com/bao-cao.pdf",
        "file:///etc/passwd",
        "mailto:sokhcn@gialai.gov.vn",
        "https://user:secret@example.com/",
        "https:///bao-cao.pdf",
        "",
    })
    void anythingElseIsRefused(String url) {
        assertProblems(List.of(new Problem("/source/url", Codes.BAD_URL, REFUSED)),
                body(withSource("{\"title\": \"t\", \"url\": \"" + url + "\"}")));
    }

    @Test
    void anAddressThatDoesNotParseSaysWhy() {
        assertProblems(List.of(new Problem("/source/url", Codes.BAD_URL, "is not a valid address: Illegal character in path")),
                body(withSource("{\"title\": \"t\", \"url\": \"https://example.com/bao cao.pdf\"}")));
    }

    @Test
    void anAddressOverTwoThousandCharactersIsTooLong() {
        String url = "https://example.com/" + "a".repeat(1981);

        assertProblems(List.of(new Problem("/source/url", Codes.TOO_LONG, "is 2001 characters long; at most 2000 allowed")),
                body(withSource("{\"title\": \"t\", \"url\": \"" + url + "\"}")));
    }

    @Test
    void theSourceNeedsATitle() {
        assertProblems(List.of(new Problem("/source/title", Codes.MISSING_FIELD, "required")),
                body(withSource("{\"url\": \"https://example.com/\"}")));
    }
}
