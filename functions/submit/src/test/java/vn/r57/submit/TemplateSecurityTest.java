package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** template.yaml grants nothing with a wildcard and keeps the site bucket private. */
class TemplateSecurityTest {

    private final JsonNode template = OpenApi.read(OpenApi.YAML, Path.of("../../template.yaml"));

    /** Every IAM statement of the template: role policies, bucket policies, queue and topic policies alike. */
    private List<JsonNode> statements() {
        List<JsonNode> statements = new ArrayList<>();
        collect(template, statements);
        return statements;
    }

    private static void collect(JsonNode node, List<JsonNode> statements) {
        if (node.has("Statement") && node.get("Statement").isArray()) {
            node.get("Statement").forEach(statements::add);
        }
        node.forEach(child -> collect(child, statements));
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> texts.addAll(texts(item)));
        } else if (!node.isMissingNode()) {
            texts.add(node.asText());
        }
        return texts;
    }

    @Test
    void noStatementAllowsAWildcardActionOrResourceOrPrincipal() {
        List<JsonNode> statements = statements();
        int allows = 0;
        for (JsonNode statement : statements) {
            if (!statement.path("Effect").asText().equals("Allow")) {
                continue;
            }
            allows++;
            for (String action : texts(statement.path("Action"))) {
                assertFalse(action.contains("*"), "wildcard action " + action + " in " + statement);
            }
            assertTrue(statement.path("NotAction").isMissingNode() && statement.path("NotResource").isMissingNode(), statement.toString());
            for (String resource : texts(statement.path("Resource"))) {
                assertFalse(resource.equals("*") || resource.endsWith(":*"), "wildcard resource " + resource + " in " + statement);
            }
            assertFalse(texts(statement.path("Principal")).contains("*"), "public principal in " + statement);
            assertFalse(texts(statement.path("Principal").path("AWS")).contains("*"), "public principal in " + statement);
        }
        assertTrue(allows >= 8, "found only " + allows + " Allow statements: is the template read whole?");
    }

    @Test
    void theOnlyWildcardIsTheDenyOfPlainHttp() {
        List<String> wildcards = new ArrayList<>();
        for (JsonNode statement : statements()) {
            if (texts(statement.path("Action")).stream().anyMatch(action -> action.contains("*"))) {
                wildcards.add(statement.path("Effect").asText() + " " + statement.path("Sid").asText() + " "
                        + statement.path("Condition").path("Bool").path("aws:SecureTransport").asText());
            }
        }
        assertEquals(List.of("Deny DenyPlainHttp false"), wildcards);
    }

    @Test
    void theSiteBucketBlocksEveryKindOfPublicAccessAndIsReadOnlyThroughCloudFront() {
        JsonNode bucket = template.path("Resources").path("SiteBucket");
        assertEquals("AWS::S3::Bucket", bucket.path("Type").asText());
        JsonNode block = bucket.path("Properties").path("PublicAccessBlockConfiguration");
        for (String setting : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
            assertTrue(block.path(setting).asBoolean(false), setting);
        }
        assertTrue(bucket.path("Properties").path("AccessControl").isMissingNode());
        assertTrue(bucket.path("Properties").path("WebsiteConfiguration").isMissingNode(), "no public website endpoint");
        assertEquals("BucketOwnerEnforced", bucket.path("Properties").path("OwnershipControls").path("Rules").path(0).path("ObjectOwnership").asText());
        for (JsonNode statement : template.path("Resources").path("SiteBucketPolicy").path("Properties").path("PolicyDocument").path("Statement")) {
            if (statement.path("Effect").asText().equals("Allow")) {
                assertEquals(Map.of("Service", "cloudfront.amazonaws.com").toString(),
                        Map.of("Service", statement.path("Principal").path("Service").asText()).toString());
                assertFalse(statement.path("Condition").path("StringEquals").path("AWS:SourceArn").isMissingNode(),
                        "only this distribution may read: " + statement);
            }
        }
    }
}
