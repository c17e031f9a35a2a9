package vn.r57.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a template value may become once deployed, with made-up but well-formed names: a resource's {@code Ref} a
 * physical name like CloudFormation's, a parameter its default (or a sample where the default is empty), and both
 * branches of an {@code Fn::If}, so every configuration the stack can produce is tried.
 */
final class SampleValues {

    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([^}]+)}");
    private static final Map<String, String> ATTRIBUTES = Map.of(
            "Distribution.DomainName", "d111111abcdef8.cloudfront.net",
            "AWS::Region", "ap-southeast-1",
            "AWS::StackName", "r57-portal",
            "AWS::URLSuffix", "amazonaws.com");
    private static final Map<String, String> EMPTY_PARAMETER_SAMPLES = Map.of(
            "PortalDomainName", "r57.example.gov.vn",
            "AlarmEmail", "ops@example.gov.vn");

    private final JsonNode template;

    SampleValues(JsonNode template) {
        this.template = template;
    }

    List<String> possible(JsonNode value) {
        if (value.isValueNode()) {
            return List.of(value.asText());
        }
        if (value.has("Ref")) {
            return List.of(reference(value.get("Ref").asText()));
        }
        if (value.has("Fn::Sub") && value.get("Fn::Sub").isTextual()) {
            Matcher names = SUBSTITUTION.matcher(value.get("Fn::Sub").asText());
            StringBuilder out = new StringBuilder();
            while (names.find()) {
                names.appendReplacement(out, Matcher.quoteReplacement(reference(names.group(1))));
            }
            names.appendTail(out);
            return List.of(out.toString());
        }
        if (value.has("Fn::If")) {
            List<String> both = new ArrayList<>(possible(value.get("Fn::If").get(1)));
            both.addAll(possible(value.get("Fn::If").get(2)));
            return both;
        }
        throw new AssertionError("no sample value for " + value);
    }

    private String reference(String name) {
        if (ATTRIBUTES.containsKey(name)) {
            return ATTRIBUTES.get(name);
        }
        JsonNode parameter = template.path("Parameters").path(name);
        if (!parameter.isMissingNode()) {
            String fallback = parameter.path("Default").asText();
            return fallback.isEmpty() ? EMPTY_PARAMETER_SAMPLES.getOrDefault(name, "") : fallback;
        }
        if (template.path("Resources").has(name)) {
            return "r57-portal-" + name.toLowerCase(Locale.ROOT) + "-1a2b3c4d5e6f";
        }
        throw new AssertionError("template.yaml refers to " + name + ", which is neither a parameter nor a resource");
    }
}
