package vn.r57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a role in template.yaml allows, as "action on resource" lines with resources named by logical id:
 * {@code !GetAtt Table.Arn} is "Table", {@code !Sub ${Table.Arn}/index/changes} is "Table/index/changes".
 */
final class Grants {

    private Grants() {}

    static Set<String> of(Template template, String roleId) {
        JsonNode role = template.resource(roleId).path("Properties");
        assertTrue(role.path("ManagedPolicyArns").isMissingNode(), roleId + ": no managed policies");
        Set<String> grants = new TreeSet<>();
        for (JsonNode policy : role.path("Policies")) {
            for (JsonNode statement : policy.path("PolicyDocument").path("Statement")) {
                assertEquals("Allow", statement.path("Effect").asText(), roleId + ": " + statement);
                for (JsonNode action : list(statement.path("Action"))) {
                    for (JsonNode resource : list(statement.path("Resource"))) {
                        grants.add(action.asText() + " on " + resourceName(resource));
                    }
                }
            }
        }
        return grants;
    }

    /** Only those of one service, e.g. "dynamodb:". */
    static Set<String> of(Template template, String roleId, String servicePrefix) {
        Set<String> grants = new TreeSet<>(of(template, roleId));
        grants.removeIf(grant -> !grant.startsWith(servicePrefix));
        return grants;
    }

    static List<JsonNode> list(JsonNode oneOrMany) {
        List<JsonNode> items = new ArrayList<>();
        if (oneOrMany.isArray()) {
            oneOrMany.forEach(items::add);
        } else if (!oneOrMany.isMissingNode()) {
            items.add(oneOrMany);
        }
        return items;
    }

    private static String resourceName(JsonNode resource) {
        if (resource.has("Fn::GetAtt") && resource.get("Fn::GetAtt").get(1).asText().equals("Arn")) {
            return resource.get("Fn::GetAtt").get(0).asText();
        }
        if (resource.has("Fn::Sub")) {
            return resource.get("Fn::Sub").asText().replaceAll("\\$\\{([A-Za-z0-9]+)\\.Arn}", "$1");
        }
        throw new AssertionError("a role's resource must be one of this stack's own: " + resource);
    }
}
