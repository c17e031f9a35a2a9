package vn.r57.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** template.yaml at the repository root, with the few look-ups the consistency tests share. */
final class Template {

    static final String FUNCTION = "AWS::Serverless::Function";

    private static final Template INSTANCE = new Template(CloudFormationYaml.read(Repository.file("template.yaml")));

    private final JsonNode root;

    private Template(JsonNode root) {
        this.root = root;
    }

    static Template load() {
        return INSTANCE;
    }

    JsonNode root() {
        return root;
    }

    JsonNode resource(String logicalId) {
        JsonNode resource = root.path("Resources").path(logicalId);
        if (resource.isMissingNode()) {
            throw new AssertionError("template.yaml has no resource " + logicalId);
        }
        return resource;
    }

    /** Logical id to resource, in template order. */
    Map<String, JsonNode> resourcesOfType(String type) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        root.path("Resources").fields().forEachRemaining(entry -> {
            if (entry.getValue().path("Type").asText().equals(type)) {
                found.put(entry.getKey(), entry.getValue());
            }
        });
        return found;
    }

    Map<String, JsonNode> functions() {
        return resourcesOfType(FUNCTION);
    }

    /** A function property, falling back to Globals the way SAM does for scalars. */
    JsonNode functionProperty(String logicalId, String name) {
        JsonNode own = resource(logicalId).path("Properties").path(name);
        return own.isMissingNode() ? root.path("Globals").path("Function").path(name) : own;
    }

    /** Environment variables as SAM merges them: the function's own over those in Globals. */
    Map<String, JsonNode> environment(String logicalId) {
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        root.path("Globals").path("Function").path("Environment").path("Variables").fields()
                .forEachRemaining(entry -> variables.put(entry.getKey(), entry.getValue()));
        resource(logicalId).path("Properties").path("Environment").path("Variables").fields()
                .forEachRemaining(entry -> variables.put(entry.getKey(), entry.getValue()));
        return variables;
    }

    /** The logical id a {@code Ref} or {@code Fn::GetAtt} points at, or none for anything else. */
    static JsonNode referencedId(JsonNode value) {
        if (value.has("Ref")) {
            return value.get("Ref");
        }
        if (value.has("Fn::GetAtt")) {
            return value.get("Fn::GetAtt").get(0);
        }
        return MissingNode.getInstance();
    }
}
