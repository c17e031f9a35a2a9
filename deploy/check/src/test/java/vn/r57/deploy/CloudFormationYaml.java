package vn.r57.deploy;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads a CloudFormation template written in YAML into a JSON tree, turning the short-form tags into the long form
 * CloudFormation itself uses: {@code !Ref X} becomes {@code {"Ref": "X"}}, {@code !GetAtt A.B} becomes
 * {@code {"Fn::GetAtt": ["A", "B"]}}, and any other {@code !Name value} becomes {@code {"Fn::Name": value}}.
 * A plain YAML-to-JSON read would drop the tags and leave {@code !Ref Table} indistinguishable from the text "Table".
 */
final class CloudFormationYaml {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CloudFormationYaml() {}

    static JsonNode read(Path file) {
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
            return node(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node starting at the parser's current token; leaves the parser on that node's last token. */
    private static JsonNode node(YAMLParser parser) throws IOException {
        String tag = parser.getTypeId() == null ? null : parser.getTypeId().toString();
        JsonNode value = untagged(parser);
        return tag == null ? value : intrinsic(tag, value);
    }

    private static JsonNode untagged(YAMLParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    if (object.has(name)) {
                        throw new IllegalArgumentException("duplicate key " + name + " at " + parser.currentLocation());
                    }
                    object.set(name, node(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(node(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(parser.getBooleanValue());
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalArgumentException("unexpected " + parser.currentToken() + " at " + parser.currentLocation());
        }
    }

    private static JsonNode intrinsic(String tag, JsonNode value) {
        ObjectNode function = NODES.objectNode();
        if (tag.equals("Ref")) {
            function.set("Ref", value);
        } else if (tag.equals("GetAtt") && value.isTextual()) {
            String text = value.asText();
            int dot = text.indexOf('.');
            function.set("Fn::GetAtt", NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1)));
        } else {
            function.set("Fn::" + tag, value);
        }
        return function;
    }
}
