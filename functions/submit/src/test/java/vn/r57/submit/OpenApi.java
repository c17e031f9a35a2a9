package vn.r57.submit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The repository's {@code openapi.yaml}, read with numbers kept exactly, and validation against its schemas. */
final class OpenApi {

    static final Path FILE = Path.of("../../openapi.yaml");
    static final Path SUBMISSION_SCHEMA = Path.of("../render/src/main/resources/vn/r57/render/schema/submission.schema.json");
    static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    final JsonNode document;

    OpenApi() {
        document = read(YAML, FILE);
    }

    static JsonNode read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode operation(String method, String path) {
        return document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
    }

    /** The response object for a status, with a {@code $ref} to a shared response followed. */
    Optional<JsonNode> response(JsonNode operation, int status) {
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        return response.isMissingNode() ? Optional.empty() : Optional.of(resolve(response));
    }

    JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            return document.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /**
     * Every violation of the schema at {@code schema} (any node of the document: its references point into the
     * document, so the whole document is the schema resource, with a root {@code $ref} to the part wanted).
     */
    List<String> violations(JsonNode schema, JsonNode instance) {
        ObjectNode root = document.deepCopy();
        root.removeAll();
        root.set("components", document.get("components"));
        root.set("$schema", root.textNode("https://json-schema.org/draft/2020-12/schema"));
        root.set("allOf", root.arrayNode().add(schema));
        JsonSchema compiled = SCHEMAS.getSchema(root);
        return compiled.validate(instance).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }
}
