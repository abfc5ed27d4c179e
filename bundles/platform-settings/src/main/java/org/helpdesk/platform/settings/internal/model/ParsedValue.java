package org.helpdesk.platform.settings.internal.model;

import java.util.List;

/** What an admin typed for a setting: a value to write, or why it cannot be written. */
public sealed interface ParsedValue {

    /** @param value of the Java type the attribute declares, e.g. {@link Integer} */
    record Valid(Object value) implements ParsedValue {
    }

    /** @param messageKey translation key of the error, filled with {@code arguments} */
    record Invalid(String messageKey, List<Object> arguments) implements ParsedValue {

        public Invalid {
            arguments = List.copyOf(arguments);
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }
}
