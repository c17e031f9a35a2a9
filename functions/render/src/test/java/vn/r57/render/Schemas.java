package vn.r57.render;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The published JSON Schemas, loaded from this module's resources under the address they are published at, so the
 * relative {@code common.schema.json} references resolve exactly as they do for a reader on the web.
 */
public final class Schemas {

    private static final String PUBLISHED = SmallDataSet.SITE_URL + "/data/v1/schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(PUBLISHED, "classpath:vn/r57/render/schema/")));

    private Schemas() {}

    /** The schema a data file must follow, by its key; empty for files that are not JSON documents of ours. */
    public static Optional<String> schemaFor(String key) {
        if (key.equals("data/v1/catalog.json")) {
            return Optional.of("catalog");
        }
        if (key.startsWith("data/v1/provinces/")) {
            return Optional.of("province");
        }
        if (key.startsWith("data/v1/indicators/")) {
            return Optional.of("indicator");
        }
        return Optional.empty();
    }

    /** Every violation of {@code schema} in {@code json}, as "path: message"; empty when valid. */
    public static List<String> violations(String schema, byte[] json) {
        JsonSchema jsonSchema = FACTORY.getSchema(SchemaLocation.of(PUBLISHED + schema + ".schema.json"));
        return jsonSchema.validate(JsonText.parse(new String(json, StandardCharsets.UTF_8))).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }
}
