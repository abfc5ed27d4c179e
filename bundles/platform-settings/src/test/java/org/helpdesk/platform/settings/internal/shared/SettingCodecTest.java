package org.helpdesk.platform.settings.internal.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class SettingCodecTest {

    private static Object roundTrip(Object value) {
        SettingCodec.Encoded encoded = SettingCodec.encode(value);
        return SettingCodec.decode(encoded.type(), encoded.text());
    }

    @Test
    void scalarsComeBackWithTheirJavaType() {
        for (Object value : List.of("a, b \\ c", "", true, false, (byte) -7, (short) 300, 42, 1L << 40, 0.1f,
                Float.MIN_VALUE, 0.1, -1.5e300, 'x', ',')) {
            Object back = roundTrip(value);
            assertEquals(value, back);
            assertEquals(value.getClass(), back.getClass(), "an Integer stays an Integer, not a Long");
        }
        assertEquals(new SettingCodec.Encoded("Boolean", "true"), SettingCodec.encode(true));
    }

    @Test
    void arraysAndListsKeepElementsWithCommasAndBackslashes() {
        String[] texts = { "a,b", "c\\", "", "d" };
        assertArrayEquals(texts, (String[]) roundTrip(texts));
        int[] numbers = { 1, -2, 3 };
        assertArrayEquals(numbers, (int[]) roundTrip(numbers));
        Long[] boxed = { 5L };
        assertArrayEquals(boxed, (Long[]) roundTrip(boxed));
        assertEquals(List.of(1.5, 2.0), roundTrip(List.of(1.5, 2.0)));
        assertEquals(new SettingCodec.Encoded("int[]", "1,-2,3,"), SettingCodec.encode(numbers));
    }

    @Test
    void anEmptyListDiffersFromAListOfOneEmptyText() {
        SettingCodec.Encoded empty = SettingCodec.encode(new String[0]);
        SettingCodec.Encoded oneEmpty = SettingCodec.encode(new String[] { "" });
        assertNotEquals(empty, oneEmpty);
        assertEquals(0, ((String[]) roundTrip(new String[0])).length);
        assertArrayEquals(new String[] { "" }, (String[]) roundTrip(new String[] { "" }));
    }

    @Test
    void valuesConfigAdminCannotHoldAndBrokenTextsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SettingCodec.encode(null));
        assertThrows(IllegalArgumentException.class, () -> SettingCodec.encode(BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> SettingCodec.encode(new Object[] { "a", 1 }));
        assertThrows(IllegalArgumentException.class, () -> SettingCodec.decode("Boolean", "yes"));
        assertThrows(IllegalArgumentException.class, () -> SettingCodec.decode("Integer", "1.5"));
        assertThrows(IllegalArgumentException.class, () -> SettingCodec.decode("String[]", "a,b"));
        assertThrows(IllegalArgumentException.class, () -> SettingCodec.decode("Object", "x"));
    }
}
