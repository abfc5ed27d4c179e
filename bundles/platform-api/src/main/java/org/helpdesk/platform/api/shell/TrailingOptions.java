package org.helpdesk.platform.api.shell;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.action.Option;

/**
 * Lets a Karaf command take its options after its arguments, as in
 * {@code helpdesk:customer-user-add alice --customer acme}. Karaf stops reading options at the first
 * argument and hands the rest over as arguments; a command collects them in a multi-valued
 * {@code @Argument} and passes them here, which sets the {@link Option}-annotated fields they name.
 */
public final class TrailingOptions {

    private TrailingOptions() {
    }

    /**
     * Sets the options named in {@code args} on {@code action} and returns the other values.
     * {@code --name value}, {@code --name=value} and flags ({@code boolean} fields) are understood; a lone
     * {@code --} ends the options, so later values are taken as they are.
     *
     * @param action the command, whose {@code @Option} fields are String, int, long or boolean
     * @param args the trailing arguments, may be {@code null}
     * @return the values that are not options, in their order
     * @throws IllegalArgumentException for an unknown option, a missing or malformed value
     */
    public static List<String> apply(Object action, List<String> args) {
        List<String> plain = new ArrayList<>();
        if (args == null) {
            return plain;
        }
        boolean options = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!options || !arg.startsWith("-") || arg.equals("-")) {
                plain.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                options = false;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            Field field = find(action.getClass(), name);
            Class<?> type = field.getType();
            String value;
            if (type == boolean.class || type == Boolean.class) {
                value = eq < 0 ? "true" : arg.substring(eq + 1);
            } else if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("Option " + name + " needs a value");
            }
            set(action, field, name, value);
        }
        return plain;
    }

    private static Field find(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Option option = field.getAnnotation(Option.class);
                if (option != null && (option.name().equals(name) || Arrays.asList(option.aliases()).contains(name))) {
                    return field;
                }
            }
        }
        throw new IllegalArgumentException("Unknown option: " + name);
    }

    private static void set(Object action, Field field, String name, String value) {
        Class<?> type = field.getType();
        Object converted;
        try {
            if (type == String.class) {
                converted = value;
            } else if (type == int.class || type == Integer.class) {
                converted = Integer.valueOf(value.strip());
            } else if (type == long.class || type == Long.class) {
                converted = Long.valueOf(value.strip());
            } else if (type == boolean.class || type == Boolean.class) {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw new NumberFormatException(value);
                }
                converted = Boolean.valueOf(value);
            } else {
                throw new IllegalArgumentException("Option " + name + " cannot be given after the arguments; "
                        + "put it before them");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + name + " has a malformed value: " + value, e);
        }
        try {
            field.setAccessible(true);
            field.set(action, converted);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot set option " + name, e);
        }
    }
}
