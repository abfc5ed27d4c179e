package org.helpdesk.platform.settings.internal.model;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.helpdesk.platform.settings.internal.model.ParsedValue.Invalid;
import org.helpdesk.platform.settings.internal.model.ParsedValue.Valid;

/** Turns what an admin typed into a typed configuration value, and configuration values into text. */
public final class SettingValues {

    public static final String REQUIRED = "settings.error.required";
    public static final String NOT_BOOLEAN = "settings.error.boolean";
    public static final String NOT_WHOLE_NUMBER = "settings.error.wholeNumber";
    public static final String NOT_DECIMAL = "settings.error.decimal";
    public static final String NOT_CHARACTER = "settings.error.character";
    public static final String NOT_AN_OPTION = "settings.error.option";

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    // No "NaN", "Infinity", hex or "2.5d" that Double.parseDouble would take; the point is the only separator.
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private SettingValues() {
    }

    /**
     * @throws IllegalArgumentException for settings that are not {@link Setting#editable() editable}
     */
    public static ParsedValue parse(Setting setting, String input) {
        if (!setting.editable()) {
            throw new IllegalArgumentException(setting.id() + " cannot be changed here");
        }
        String text = input == null ? "" : input;
        if (!setting.options().isEmpty() && setting.options().stream().noneMatch(o -> o.value().equals(text))) {
            return invalid(NOT_AN_OPTION, setting.options().stream().map(SettingOption::label)
                    .collect(Collectors.joining(", ")));
        }
        SettingType type = setting.type();
        if (type == SettingType.STRING) {
            // Clearing is fine only where the default is empty too; elsewhere it would break the component.
            return text.isBlank() && !setting.defaultValue().isBlank() ? invalid(REQUIRED) : new Valid(text);
        }
        if (type == SettingType.CHARACTER) {
            return text.length() == 1 ? new Valid(text.charAt(0)) : invalid(NOT_CHARACTER);
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return invalid(REQUIRED);
        }
        if (type == SettingType.BOOLEAN) {
            return parseBoolean(trimmed);
        }
        if (type.isWholeNumber()) {
            return parseWholeNumber(type, trimmed);
        }
        if (type.isDecimal()) {
            return parseDecimal(type, trimmed);
        }
        throw new IllegalArgumentException("Unsupported type " + type);
    }

    private static ParsedValue parseBoolean(String text) {
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return new Valid("true".equalsIgnoreCase(text));
        }
        return invalid(NOT_BOOLEAN);
    }

    private static ParsedValue parseWholeNumber(SettingType type, String text) {
        Invalid invalid = invalid(NOT_WHOLE_NUMBER, type.min(), type.max());
        if (!WHOLE.matcher(text).matches()) {
            return invalid;
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            return invalid;
        }
        if (value < type.min() || value > type.max()) {
            return invalid;
        }
        return new Valid(switch (type) {
            case BYTE -> (byte) value;
            case SHORT -> (short) value;
            case INTEGER -> (int) value;
            default -> value;
        });
    }

    private static ParsedValue parseDecimal(SettingType type, String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return invalid(NOT_DECIMAL);
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value) || (type == SettingType.FLOAT && Math.abs(value) > Float.MAX_VALUE)) {
            return invalid(NOT_DECIMAL);
        }
        return new Valid(type == SettingType.FLOAT ? (Object) (float) value : (Object) value);
    }

    private static Invalid invalid(String key, Object... arguments) {
        return new Invalid(key, List.of(arguments));
    }

    /** Configuration values as text: lists and arrays joined with commas, nothing as the empty text. */
    public static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value.getClass().isArray()) {
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(Array.get(value, i));
            }
            return display(elements);
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(SettingValues::display).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
