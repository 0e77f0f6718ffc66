package dev.billingone.workstation.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * An OpenAPI 3 document (YAML or JSON, from test resources {@code specs/}) for checking our JSON against its
 * schemas: {@link #violations} lists properties the schema does not know, values outside an enum and wrong JSON
 * types; {@link #example} builds a record with every property filled, for checking what our parsers read.
 */
public final class OpenApiSpec {
    /** Every generated number: parsers that read a money field must come back with exactly this. */
    public static final String NUMBER = "12.5";
    public static final String MS_DATE = "/Date(1759276800000+0000)/";

    private final JsonNode schemas;

    private OpenApiSpec(JsonNode document) {
        this.schemas = document.path("components").path("schemas");
    }

    public static OpenApiSpec load(String resource) {
        try (InputStream in = OpenApiSpec.class.getResourceAsStream("/specs/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource specs/" + resource + " is missing");
            }
            if (resource.endsWith(".json")) {
                return new OpenApiSpec(SyncHttp.JSON.readTree(in));
            }
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(16 * 1024 * 1024);
            Object tree = new Yaml(options).load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new OpenApiSpec(SyncHttp.JSON.valueToTree(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of a property's enum, e.g. ("Invoice", "Status"). */
    public List<String> enumValues(String schemaName, String property) {
        List<String> values = new ArrayList<>();
        resolve(schema(schemaName).path("properties").path(property)).path("enum").forEach(v -> values.add(v.asText()));
        if (values.isEmpty()) {
            throw new IllegalArgumentException(schemaName + "." + property + " has no enum in the spec");
        }
        return values;
    }

    public JsonNode schema(String name) {
        JsonNode schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("the spec has no schema " + name);
        }
        return schema;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref") || schema.path("allOf").size() == 1) {
            schema = schema.has("$ref") ? schema(schema.get("$ref").asText().replace("#/components/schemas/", ""))
                    : schema.get("allOf").get(0);
        }
        return schema;
    }

    /** What in {@code body} the schema does not allow, one line each, with the JSON path. */
    public List<String> violations(String schemaName, JsonNode body) {
        List<String> found = new ArrayList<>();
        check(schema(schemaName), body, schemaName, found);
        return found;
    }

    private void check(JsonNode schemaOrRef, JsonNode value, String path, List<String> found) {
        JsonNode schema = resolve(schemaOrRef);
        if (schema.has("enum") && value.isTextual() && !contains(schema.get("enum"), value.asText())) {
            found.add(path + ": \"" + value.asText() + "\" is not one of " + schema.get("enum"));
        }
        String type = schema.has("properties") ? "object" : schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    found.add(path + ": expected an object, got " + value.getNodeType());
                    return;
                }
                JsonNode properties = schema.path("properties");
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!properties.has(field.getKey())) {
                        found.add(path + "." + field.getKey() + ": not a property of the schema");
                    } else {
                        check(properties.get(field.getKey()), field.getValue(), path + "." + field.getKey(), found);
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    found.add(path + ": expected an array, got " + value.getNodeType());
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(schema.path("items"), value.get(i), path + "[" + i + "]", found);
                }
            }
            case "string" -> expect(value.isTextual(), path, "a string", value, found);
            case "number", "integer" -> expect(value.isNumber(), path, "a number", value, found);
            case "boolean" -> expect(value.isBoolean(), path, "a boolean", value, found);
            default -> { }
        }
    }

    private static void expect(boolean ok, String path, String what, JsonNode value, List<String> found) {
        if (!ok) {
            found.add(path + ": expected " + what + ", got " + value.getNodeType() + " " + value);
        }
    }

    private static boolean contains(JsonNode values, String value) {
        for (JsonNode candidate : values) {
            if (candidate.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** A record of {@code schemaName} with every property filled, nested objects to {@code depth} levels. */
    public JsonNode example(String schemaName, int depth) {
        return example(schema(schemaName), schemaName, depth);
    }

    private JsonNode example(JsonNode schemaOrRef, String name, int depth) {
        JsonNode schema = resolve(schemaOrRef);
        if (schema.has("enum")) {
            return SyncHttp.JSON.getNodeFactory().textNode(schema.get("enum").get(0).asText());
        }
        String type = schema.has("properties") ? "object" : schema.path("type").asText("");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "object" -> {
                ObjectNode object = SyncHttp.JSON.createObjectNode();
                if (depth > 0) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                            example(p.getValue(), p.getKey(), depth - 1)));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = SyncHttp.JSON.createArrayNode();
                if (depth > 0) { // an array is no level of its own: its element is
                    array.add(example(schema.path("items"), name, depth));
                }
                yield array;
            }
            case "number" -> SyncHttp.JSON.getNodeFactory().numberNode(new java.math.BigDecimal(NUMBER));
            case "integer" -> SyncHttp.JSON.getNodeFactory().numberNode(3);
            case "boolean" -> SyncHttp.JSON.getNodeFactory().booleanNode(true);
            default -> SyncHttp.JSON.getNodeFactory().textNode(
                    schema.path("x-is-msdate").asBoolean() || schema.path("x-is-msdate-time").asBoolean() ? MS_DATE
                            : format.equals("uuid") ? UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString()
                            : format.equals("date-time") ? "2026-10-01T00:00:00Z"
                            : format.equals("date") || format.equals("yyyy-MM-dd") ? "2026-10-01"
                            : "Example " + name);
        };
    }
}
