package org.epizero.selfplay.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Layered JSON configuration: shipped defaults, then a user file, then {@code key.path=value}
 * overrides from the command line, merged as JSON trees and bound to a typed record at the end.
 * Unknown keys, repeated keys and fractions given for whole numbers are errors that name the key,
 * so a typo never silently falls back to a default.
 */
public final class ConfigTree {

    // A repeated key or a fraction for a whole number is an error, not "last one wins" or a cut.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private final ObjectNode root;

    private ConfigTree(ObjectNode root) {
        this.root = root;
    }

    /** A tree read from a class-path resource. */
    public static ConfigTree fromResource(String resource) throws IOException {
        try (InputStream in = ConfigTree.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing built-in config " + resource);
            }
            return new ConfigTree(requireObject(JSON.readTree(in), resource));
        }
    }

    /** A tree read from a JSON file. */
    public static ConfigTree fromJsonFile(Path file) throws IOException {
        return new ConfigTree(JSON.createObjectNode()).mergeFile(file);
    }

    /** A tree read from JSON text (for example a resolved config sent to another machine). */
    public static ConfigTree fromJson(String text) {
        try {
            return new ConfigTree(requireObject(JSON.readTree(text), "config text"));
        } catch (IOException e) {
            throw new IllegalArgumentException("config text is not JSON: " + e.getMessage(), e);
        }
    }

    /** A tree made from a typed config (for example a resolved config being written back out). */
    public static ConfigTree fromValue(Object value) {
        return new ConfigTree(JSON.valueToTree(value));
    }

    /** This tree with a JSON file merged over it (objects merge key by key; other values replace). */
    public ConfigTree mergeFile(Path file) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        ObjectNode copy = root.deepCopy();
        merge(copy, requireObject(node, file.toString()));
        return new ConfigTree(copy);
    }

    /** This tree with {@code over} merged over it (objects merge key by key; other values replace). */
    public ConfigTree merge(ConfigTree over) {
        ObjectNode copy = root.deepCopy();
        merge(copy, over.root);
        return new ConfigTree(copy);
    }

    /** This tree without the value at {@code path}; the same tree when there is none. */
    public ConfigTree without(String path) {
        int dot = path.lastIndexOf('.');
        ObjectNode copy = root.deepCopy();
        JsonNode parent = dot < 0 ? copy : new ConfigTree(copy).get(path.substring(0, dot));
        if (parent instanceof ObjectNode object) {
            object.remove(path.substring(dot + 1));
        }
        return new ConfigTree(copy);
    }

    /**
     * This tree with {@code key.path=value} overrides applied. The value is read as JSON when it
     * parses (numbers, booleans, quoted strings, arrays) and as a plain string otherwise. The path
     * must already exist, so a misspelt key is reported rather than ignored.
     */
    public ConfigTree override(List<String> assignments) {
        ObjectNode copy = root.deepCopy();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("override '" + assignment + "' must look like key.path=value");
            }
            String path = assignment.substring(0, eq).strip();
            String text = assignment.substring(eq + 1).strip();
            String[] keys = path.split("\\.");
            ObjectNode parent = copy;
            for (int i = 0; i < keys.length - 1; i++) {
                JsonNode child = parent.get(keys[i]);
                if (!(child instanceof ObjectNode object)) {
                    throw new IllegalArgumentException("unknown config key '" + path + "' (no section '" + keys[i] + "')");
                }
                parent = object;
            }
            String leaf = keys[keys.length - 1];
            if (!parent.has(leaf)) {
                throw new IllegalArgumentException("unknown config key '" + path + "'; known here: " + fieldNames(parent));
            }
            parent.set(leaf, parseValue(text));
        }
        return new ConfigTree(copy);
    }

    /** Binds the tree to a typed config, reporting unknown keys and bad values by name. */
    public <T> T bind(Class<T> type) {
        try {
            return JSON.treeToValue(root, type);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("unknown config key '" + e.getPropertyName() + "' at " + pathOf(e));
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
            throw new IllegalArgumentException("invalid config at " + pathOf(e) + ": " + reason);
        }
    }

    /** The tree as pretty-printed JSON. */
    public String toPrettyJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value inside the tree, e.g. {@code game}, or null when absent. */
    public JsonNode get(String path) {
        JsonNode node = root;
        for (String key : path.split("\\.")) {
            node = node == null ? null : node.get(key);
        }
        return node;
    }

    private static String pathOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (var ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
                }
            }
            return "'" + sb + "'";
        }
        return "the top level";
    }

    private static JsonNode parseValue(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    private static void merge(ObjectNode target, ObjectNode source) {
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode existing = target.get(e.getKey());
            if (existing instanceof ObjectNode o && e.getValue() instanceof ObjectNode s) {
                merge(o, s);
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    private static ObjectNode requireObject(JsonNode node, String source) {
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException(source + ": a config must be a JSON object");
        }
        return object;
    }

    private static String fieldNames(ObjectNode node) {
        StringBuilder sb = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> sb.append(sb.length() == 0 ? "" : ", ").append(n));
        return sb.toString();
    }
}
