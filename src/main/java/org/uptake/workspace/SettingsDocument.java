package org.uptake.workspace;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a settings section between its record, its JSON document and the one-value-per-name form
 * (older workspaces' rows, the CLI's {@code NAME=VALUE}); a value is checked against its record
 * component's type, so a wrong one gets a one-line reason naming the setting.
 */
final class SettingsDocument<T extends Record> {

    /** Unknown properties are skipped: a document a newer Uptake wrote still opens. */
    static final ObjectMapper MAPPER = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final SettingsSection<T> section;
    /** Each component's generic type by its JSON property name. */
    private final Map<String, Type> types = new LinkedHashMap<>();

    SettingsDocument(SettingsSection<T> section) {
        this.section = section;
        for (RecordComponent c : section.type().getRecordComponents()) {
            // Jackson's annotations reach the accessor, not the component itself.
            if (c.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                continue;
            }
            JsonProperty named = c.getAccessor().getAnnotation(JsonProperty.class);
            types.put(named == null || named.value().isEmpty() ? c.getName() : named.value(), c.getGenericType());
        }
    }

    ObjectNode tree(T value) {
        return MAPPER.valueToTree(value);
    }

    /** The record for a tree, with the record's own checks; a value out of range is refused with its reason. */
    T record(ObjectNode tree) {
        try {
            return MAPPER.treeToValue(tree, section.type());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IllegalArgumentException reason && t != e) {
                    throw reason;
                }
            }
            throw new IllegalArgumentException("The " + section.name() + " settings cannot be read: " + e.getMessage(), e);
        }
    }

    /** The defaults with a stored document and older one-value rows laid over them (the document wins). */
    T read(Optional<String> document, Map<String, String> rows) {
        ObjectNode tree = tree(section.defaults());
        rows.forEach((name, value) -> put(tree, name, value));
        document.ifPresent(json -> {
            try {
                overlay(tree, (ObjectNode) MAPPER.readTree(json));
            } catch (JsonProcessingException | ClassCastException e) {
                throw new IllegalArgumentException("The stored " + section.name() + " settings are not a JSON object: " + e.getMessage(), e);
            }
        });
        return record(tree);
    }

    /** The settings with one named value changed (checked: the name, its type, and the whole record). */
    T with(T current, String name, String value) {
        ObjectNode tree = tree(current);
        if (!put(tree, name, value)) {
            throw new IllegalArgumentException("There is no " + section.name() + " setting " + name + "; the settings are "
                    + String.join(", ", names()) + ".");
        }
        return record(tree);
    }

    /** Every stored setting's name and value as text, the way {@link #with} takes them. */
    Map<String, String> values(T value) {
        Map<String, String> values = new LinkedHashMap<>();
        tree(value).fields().forEachRemaining(e -> {
            String name = section.name() + "." + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                v.fields().forEachRemaining(entry -> values.put(name + "." + entry.getKey(), text(entry.getValue())));
            } else {
                values.put(name, text(v));
            }
        });
        return values;
    }

    /** The names a setting can have ({@code outreach.priority.<feature>} for a map). */
    List<String> names() {
        List<String> names = new ArrayList<>();
        types.forEach((property, type) -> names.add(section.name() + "." + property + (isMap(type) ? ".<key>" : "")));
        return names.stream().sorted().toList();
    }

    /** The row names a stored tree replaces: each of its properties, and each entry of its maps. */
    List<String> rowNames(ObjectNode tree) {
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(p -> names.add(section.name() + "." + p));
        return names;
    }

    private boolean put(ObjectNode tree, String name, String value) {
        String prefix = section.name() + ".";
        if (!name.startsWith(prefix)) {
            return false;
        }
        String property = name.substring(prefix.length());
        Type type = types.get(property);
        if (type != null && !isMap(type)) {
            tree.set(property, node(name, value, type));
            return true;
        }
        int dot = property.indexOf('.');
        Type map = dot < 0 ? null : types.get(property.substring(0, dot));
        if (map == null || !isMap(map)) {
            return false;
        }
        Type valueType = ((ParameterizedType) map).getActualTypeArguments()[1];
        tree.with(property.substring(0, dot)).set(property.substring(dot + 1), node(name, value, valueType));
        return true;
    }

    private static JsonNode node(String name, String text, Type type) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return nodes.textNode(text);
        }
        String value = text.trim();
        if (Collection.class.isAssignableFrom(raw)) {
            ArrayNode items = nodes.arrayNode();
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
            return items;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("The setting " + name + " is '" + text + "', which is not true or false.");
            }
            return nodes.booleanNode(Boolean.parseBoolean(value));
        }
        if (value.isEmpty() && !raw.isPrimitive()) {
            return nodes.nullNode();
        }
        try {
            if (raw == int.class || raw == Integer.class) {
                return nodes.numberNode(Integer.parseInt(value));
            }
            if (raw == long.class || raw == Long.class) {
                return nodes.numberNode(Long.parseLong(value));
            }
            return nodes.numberNode(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The setting " + name + " is '" + text + "', which is not a number.", e);
        }
    }

    private static boolean isMap(Type type) {
        return type instanceof ParameterizedType p && Map.class.isAssignableFrom((Class<?>) p.getRawType());
    }

    private static String text(JsonNode v) {
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(item.asText()));
            return String.join(",", items);
        }
        return v.isNull() ? "" : v.asText();
    }

    private static void overlay(ObjectNode base, ObjectNode over) {
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (base.get(e.getKey()) instanceof ObjectNode inner && e.getValue() instanceof ObjectNode more) {
                overlay(inner, more);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }
}
