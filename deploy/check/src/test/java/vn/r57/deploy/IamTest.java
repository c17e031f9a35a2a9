package vn.r57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Least privilege, checked on the template: each function's role allows named actions on this stack's own
 * resources only. The one pattern allowed in a resource is "every object of the site bucket" ({@code ${SiteBucket.Arn}/*}).
 */
class IamTest {

    private final Template template = Template.load();

    @Test
    void theSubmitFunctionMayOnlyWriteItsLogsAndReadAndWriteTheTable() {
        assertEquals(Set.of(
                "logs:CreateLogStream on SubmitLogs",
                "logs:PutLogEvents on SubmitLogs",
                "dynamodb:BatchGetItem on Table",
                "dynamodb:GetItem on Table",
                "dynamodb:PutItem on Table",
                "dynamodb:Query on Table"), grants("SubmitRole"));
    }

    @Test
    void theRenderFunctionMayReadTheTableAndPublishTheSite() {
        assertEquals(Set.of(
                "logs:CreateLogStream on RenderLogs",
                "logs:PutLogEvents on RenderLogs",
                "dynamodb:Query on Table",
                "s3:GetObject on SiteBucket/*",
                "s3:PutObject on SiteBucket/*",
                "s3:DeleteObject on SiteBucket/*",
                "s3:ListBucket on SiteBucket",
                "sqs:SendMessage on RenderFailures"), grants("RenderRole"));
    }

    @Test
    void everyFunctionRunsWithItsOwnRoleAndNoSamPolicyTemplates() {
        template.functions().forEach((id, function) -> {
            JsonNode properties = function.path("Properties");
            assertEquals("Fn::GetAtt", properties.path("Role").fieldNames().next(), id);
            assertFalse(properties.has("Policies"), id + ": SAM policy templates would add actions this test cannot see");
        });
    }

    @Test
    void noAllowStatementAnywhereUsesAWildcardActionOrResource() {
        List<String> wildcards = new ArrayList<>();
        for (JsonNode statement : allStatements()) {
            if (!statement.path("Effect").asText().equals("Allow")) {
                continue;
            }
            for (JsonNode action : list(statement.path("Action"))) {
                if (action.asText().contains("*")) {
                    wildcards.add("action " + action.asText());
                }
            }
            for (JsonNode resource : list(statement.path("Resource"))) {
                String text = resource.isTextual() ? resource.asText() : resource.path("Fn::Sub").asText();
                if (text.contains("*") && !text.equals("${SiteBucket.Arn}/*")) {
                    wildcards.add("resource " + resource);
                }
            }
            assertFalse(statement.has("NotAction") || statement.has("NotResource"), statement.toString());
        }
        assertEquals(List.of(), wildcards);
    }

    private Set<String> grants(String roleId) {
        return Grants.of(template, roleId);
    }

    private List<JsonNode> allStatements() {
        List<JsonNode> statements = new ArrayList<>();
        for (JsonNode role : template.resourcesOfType("AWS::IAM::Role").values()) {
            role.path("Properties").path("Policies").forEach(policy -> policy.path("PolicyDocument").path("Statement").forEach(statements::add));
        }
        for (JsonNode policy : template.resourcesOfType("AWS::S3::BucketPolicy").values()) {
            policy.path("Properties").path("PolicyDocument").path("Statement").forEach(statements::add);
        }
        for (JsonNode policy : template.resourcesOfType("AWS::SQS::QueuePolicy").values()) {
            policy.path("Properties").path("PolicyDocument").path("Statement").forEach(statements::add);
        }
        for (JsonNode policy : template.resourcesOfType("AWS::SNS::TopicPolicy").values()) {
            policy.path("Properties").path("PolicyDocument").path("Statement").forEach(statements::add);
        }
        assertFalse(statements.isEmpty());
        return statements;
    }

    private static List<JsonNode> list(JsonNode oneOrMany) {
        return Grants.list(oneOrMany);
    }
}
