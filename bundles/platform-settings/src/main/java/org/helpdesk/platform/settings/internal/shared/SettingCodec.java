package org.helpdesk.platform.settings.internal.shared;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Configuration values as a type name and a text, so that every node gets back the Java type that was saved, which
 * ConfigAdmin and the components' typed configurations tell apart (an {@code Integer} is not a {@code Long}).
 * Scalars are written as Java prints them ({@code Float} and {@code Double} that way read back exactly); lists and
 * arrays ({@code List<Integer>}, {@code Integer[]}, {@code int[]}) as each element followed by a comma, with commas
 * and backslashes inside elements escaped by a backslash, so an empty list and a list of one empty text differ.
 */
public final class SettingCodec {

    /** A value in the database's two columns. */
    public record Encoded(String type, String text) {
    }

    private static final String ARRAY = "[]";
    private static final String LIST_START = "List<";
    private static final String LIST_END = ">";

    private static final Map<String, Class<?>> SCALARS = Map.of("String", String.class, "Boolean", Boolean.class,
            "Byte", Byte.class, "Short", Short.class, "Integer", Integer.class, "Long", Long.class, "Float",
            Float.class, "Double", Double.class, "Character", Character.class);
    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "byte", byte.class,
            "short", short.class, "int", int.class, "long", long.class, "float", float.class, "double", double.class,
            "char", char.class);
    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.of(String.class, s -> s,
            Boolean.class, SettingCodec::parseBoolean, Byte.class, Byte::valueOf, Short.class, Short::valueOf,
            Integer.class, Integer::valueOf, Long.class, Long::valueOf, Float.class, Float::valueOf, Double.class,
            Double::valueOf, Character.class, SettingCodec::parseCharacter);

    private SettingCodec() {
    }

    /** @throws IllegalArgumentException for {@code null}, null elements and types ConfigAdmin values cannot have */
    public static Encoded encode(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("No value");
        }
        if (value.getClass().isArray()) {
            Class<?> component = value.getClass().getComponentType();
            String name = component.isPrimitive() ? component.getName() : scalarName(component);
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(Array.get(value, i));
            }
            return new Encoded(name + ARRAY, joined(elements, boxed(component)));
        }
        if (value instanceof Collection<?> collection) {
            Class<?> element = collection.isEmpty() ? String.class : collection.iterator().next().getClass();
            return new Encoded(LIST_START + scalarName(element) + LIST_END, joined(collection, element));
        }
        scalarName(value.getClass());
        return new Encoded(value.getClass().getSimpleName(), String.valueOf(value));
    }

    /** @throws IllegalArgumentException for a type or text that {@link #encode} does not write */
    public static Object decode(String type, String text) {
        if (type.endsWith(ARRAY)) {
            String name = type.substring(0, type.length() - ARRAY.length());
            Class<?> component = PRIMITIVES.containsKey(name) ? PRIMITIVES.get(name) : scalar(name);
            List<String> parts = split(text);
            Object array = Array.newInstance(component, parts.size());
            for (int i = 0; i < parts.size(); i++) {
                Array.set(array, i, parse(boxed(component), parts.get(i)));
            }
            return array;
        }
        if (type.startsWith(LIST_START) && type.endsWith(LIST_END)) {
            Class<?> element = scalar(type.substring(LIST_START.length(), type.length() - LIST_END.length()));
            List<Object> list = new ArrayList<>();
            for (String part : split(text)) {
                list.add(parse(element, part));
            }
            return list;
        }
        return parse(scalar(type), text);
    }

    private static String joined(Collection<?> elements, Class<?> type) {
        StringBuilder text = new StringBuilder();
        for (Object element : elements) {
            if (element == null || element.getClass() != type) {
                throw new IllegalArgumentException("Elements of one list must all be " + type.getSimpleName());
            }
            text.append(String.valueOf(element).replace("\\", "\\\\").replace(",", "\\,")).append(',');
        }
        return text.toString();
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(text.charAt(++i));
            } else if (c == ',') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (part.length() > 0) {
            throw new IllegalArgumentException("A list's last element lacks its comma: " + text);
        }
        return parts;
    }

    private static Object parse(Class<?> type, String text) {
        return PARSERS.get(type).apply(text);
    }

    private static String scalarName(Class<?> type) {
        String name = type.getSimpleName();
        if (SCALARS.get(name) != type) {
            throw new IllegalArgumentException("Not a configuration value type: " + type.getName());
        }
        return name;
    }

    private static Class<?> scalar(String name) {
        Class<?> type = SCALARS.get(name);
        if (type == null) {
            throw new IllegalArgumentException("Not a configuration value type: " + name);
        }
        return type;
    }

    private static Class<?> boxed(Class<?> component) {
        if (!component.isPrimitive()) {
            scalarName(component);
            return component;
        }
        return Array.get(Array.newInstance(component, 1), 0).getClass();
    }

    private static Object parseBoolean(String text) {
        if (!"true".equals(text) && !"false".equals(text)) {
            throw new IllegalArgumentException("Not a boolean: " + text);
        }
        return Boolean.valueOf(text);
    }

    private static Object parseCharacter(String text) {
        if (text.length() != 1) {
            throw new IllegalArgumentException("Not one character: " + text);
        }
        return text.charAt(0);
    }
}
