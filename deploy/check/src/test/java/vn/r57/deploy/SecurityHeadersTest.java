package vn.r57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CloudFront sends the same security headers as the local runner: both response-headers policies, turned into the
 * header lines a browser receives, equal site/security-headers.json (which the runner sends as is).
 */
class SecurityHeadersTest {

    private final Template template = Template.load();

    @Test
    void bothPoliciesSendExactlyTheHeadersOfSecurityHeadersJson() throws IOException {
        Map<String, String> expected = new ObjectMapper().readValue(
                Repository.file("site/security-headers.json").toFile(), new TypeReference<LinkedHashMap<String, String>>() {});

        assertEquals(expected, headers("SecurityHeadersPolicy"));
        assertEquals(expected, headers("OpenDataHeadersPolicy"));
    }

    @Test
    void pagesUseTheStrictPolicyAndOpenDataTheOneWithCors() {
        JsonNode config = template.resource("Distribution").path("Properties").path("DistributionConfig");
        assertEquals("{\"Ref\":\"SecurityHeadersPolicy\"}", config.path("DefaultCacheBehavior").path("ResponseHeadersPolicyId").toString());
        assertEquals(1, config.path("CacheBehaviors").size());
        JsonNode data = config.path("CacheBehaviors").get(0);
        assertEquals("/data/*", data.path("PathPattern").asText());
        assertEquals("{\"Ref\":\"OpenDataHeadersPolicy\"}", data.path("ResponseHeadersPolicyId").toString());
        assertEquals("[\"*\"]", template.resource("OpenDataHeadersPolicy").path("Properties").path("ResponseHeadersPolicyConfig")
                .path("CorsConfig").path("AccessControlAllowOrigins").path("Items").toString());
    }

    /** The headers a policy adds, as a browser sees them; every one overrides whatever the origin sent. */
    private Map<String, String> headers(String policyId) {
        JsonNode config = template.resource(policyId).path("Properties").path("ResponseHeadersPolicyConfig").path("SecurityHeadersConfig");
        config.forEach(header -> assertEquals("true", header.path("Override").asText(), policyId + ": " + header));

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", config.path("ContentSecurityPolicy").path("ContentSecurityPolicy").asText());
        JsonNode hsts = config.path("StrictTransportSecurity");
        headers.put("Strict-Transport-Security", "max-age=" + hsts.path("AccessControlMaxAgeSec").asText()
                + (hsts.path("IncludeSubdomains").asBoolean() ? "; includeSubDomains" : "")
                + (hsts.path("Preload").asBoolean() ? "; preload" : ""));
        if (!config.path("ContentTypeOptions").isMissingNode()) {
            headers.put("X-Content-Type-Options", "nosniff");
        }
        headers.put("Referrer-Policy", config.path("ReferrerPolicy").path("ReferrerPolicy").asText());
        headers.put("X-Frame-Options", config.path("FrameOptions").path("FrameOption").asText());
        assertEquals(5, config.size(), policyId + ": a header this test does not know yet: " + config);
        return headers;
    }
}
