package org.helpdesk.platform.settings.internal.model;

import java.util.Locale;

/** The value types of metatype attributes, with the range of the whole-number ones. */
public enum SettingType {
    BOOLEAN,
    BYTE(Byte.MIN_VALUE, Byte.MAX_VALUE),
    SHORT(Short.MIN_VALUE, Short.MAX_VALUE),
    INTEGER(Integer.MIN_VALUE, Integer.MAX_VALUE),
    LONG(Long.MIN_VALUE, Long.MAX_VALUE),
    FLOAT,
    DOUBLE,
    CHARACTER,
    STRING,
    PASSWORD,
    /** Types this view shows but does not edit (the deprecated big number types). */
    OTHER;

    private final long min;
    private final long max;

    SettingType() {
        this(0, 0);
    }

    SettingType(long min, long max) {
        this.min = min;
        this.max = max;
    }

    public boolean isWholeNumber() {
        return min != max;
    }

    public boolean isDecimal() {
        return this == FLOAT || this == DOUBLE;
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }

    public String labelKey() {
        return "settings.type." + name().toLowerCase(Locale.ROOT);
    }
}
