package vn.r57.local.front;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The local front sends the headers CloudFront's response headers policy in template.yaml adds. */
class SecurityHeadersTest {

    private static final Path TEMPLATE = Path.of("../../template.yaml");

    @Test
    void theHeadersAreThoseOfTheTemplatesSecurityPolicy() throws IOException {
        String template = Files.readString(TEMPLATE);
        String policy = template.substring(template.indexOf("  SecurityHeadersPolicy:"), template.indexOf("  OpenDataHeadersPolicy:"));

        Map<String, String> fromTemplate = new LinkedHashMap<>();
        fromTemplate.put("Content-Security-Policy", find(policy, "ContentSecurityPolicy: \"([^\"]+)\""));
        fromTemplate.put("Strict-Transport-Security", "max-age=" + find(policy, "AccessControlMaxAgeSec: (\\d+)")
                + (find(policy, "IncludeSubdomains: (true|false)").equals("true") ? "; includeSubDomains" : "")
                + (find(policy, "Preload: (true|false)").equals("true") ? "; preload" : ""));
        fromTemplate.put("X-Content-Type-Options", policy.contains("ContentTypeOptions:") ? "nosniff" : "");
        fromTemplate.put("Referrer-Policy", find(policy, "ReferrerPolicy: ([a-z-]+)"));
        fromTemplate.put("X-Frame-Options", find(policy, "FrameOption: ([A-Z]+)"));

        assertEquals(fromTemplate, SecurityHeaders.load());
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("template.yaml's SecurityHeadersPolicy has no " + regex);
        }
        return matcher.group(1);
    }
}
