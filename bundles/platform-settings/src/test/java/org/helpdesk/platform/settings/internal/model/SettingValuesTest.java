package org.helpdesk.platform.settings.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.helpdesk.platform.settings.internal.model.ParsedValue.Invalid;
import org.helpdesk.platform.settings.internal.model.ParsedValue.Valid;
import org.junit.jupiter.api.Test;

class SettingValuesTest {

    @Test
    void booleans() {
        Setting setting = Settings.of("CustomerDisableCompanyTicketAccess", SettingType.BOOLEAN, "false");
        assertEquals(new Valid(true), SettingValues.parse(setting, "true"));
        assertEquals(new Valid(false), SettingValues.parse(setting, " FALSE "));
        assertError(SettingValues.NOT_BOOLEAN, SettingValues.parse(setting, "yes"));
    }

    @Test
    void integersBecomeIntegers() {
        Setting setting = Settings.of("pageSize", SettingType.INTEGER, "25");
        assertEquals(new Valid(42), SettingValues.parse(setting, " 42 "));
        assertEquals(new Valid(-7), SettingValues.parse(setting, "-7"));
        assertEquals(new Valid(7), SettingValues.parse(setting, "+7"));
        assertEquals(new Valid(Integer.MAX_VALUE), SettingValues.parse(setting, "2147483647"));
    }

    @Test
    void badWholeNumbersAreRefusedWithTheirRange() {
        Setting setting = Settings.of("pageSize", SettingType.INTEGER, "25");
        for (String bad : List.of("abc", "4.2", "1e3", "12a", "2147483648", "99999999999999999999", "0x10", "1 000")) {
            Invalid invalid = assertError(SettingValues.NOT_WHOLE_NUMBER, SettingValues.parse(setting, bad));
            assertEquals(List.of((long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE), invalid.arguments(), bad);
        }
        assertError(SettingValues.REQUIRED, SettingValues.parse(setting, "  "));
    }

    @Test
    void eachWholeNumberTypeHasItsRangeAndJavaType() {
        assertEquals(new Valid((byte) 127), SettingValues.parse(Settings.of("b", SettingType.BYTE, "0"), "127"));
        assertError(SettingValues.NOT_WHOLE_NUMBER, SettingValues.parse(Settings.of("b", SettingType.BYTE, "0"), "128"));
        assertEquals(new Valid((short) -32768), SettingValues.parse(Settings.of("s", SettingType.SHORT, "0"), "-32768"));
        assertError(SettingValues.NOT_WHOLE_NUMBER, SettingValues.parse(Settings.of("s", SettingType.SHORT, "0"), "40000"));
        assertEquals(new Valid(9_000_000_000L), SettingValues.parse(Settings.of("l", SettingType.LONG, "0"), "9000000000"));
        assertError(SettingValues.NOT_WHOLE_NUMBER,
                SettingValues.parse(Settings.of("l", SettingType.LONG, "0"), "9223372036854775808"));
    }

    @Test
    void decimals() {
        Setting setting = Settings.of("ratio", SettingType.DOUBLE, "0.5");
        assertEquals(new Valid(2.5), SettingValues.parse(setting, "2.5"));
        assertEquals(new Valid(0.5), SettingValues.parse(setting, ".5"));
        assertEquals(new Valid(-3.0), SettingValues.parse(setting, "-3"));
        assertEquals(new Valid(1500.0), SettingValues.parse(setting, "1.5e3"));
        for (String bad : List.of("2,5", "NaN", "Infinity", "2.5d", "0x1p3", "abc", "1e999", "1.2.3")) {
            assertError(SettingValues.NOT_DECIMAL, SettingValues.parse(setting, bad));
        }
        assertEquals(new Valid(2.5f), SettingValues.parse(Settings.of("f", SettingType.FLOAT, "0"), "2.5"));
        assertError(SettingValues.NOT_DECIMAL, SettingValues.parse(Settings.of("f", SettingType.FLOAT, "0"), "1e39"));
    }

    @Test
    void text() {
        Setting realm = Settings.of("realm", SettingType.STRING, "karaf");
        assertEquals(new Valid("helpdesk"), SettingValues.parse(realm, "helpdesk"));
        assertError(SettingValues.REQUIRED, SettingValues.parse(realm, " "));
        Setting optional = Settings.of("CustomerUserCustomerIDsField", SettingType.STRING, "");
        assertEquals(new Valid(""), SettingValues.parse(optional, ""));
    }

    @Test
    void characters() {
        Setting separator = Settings.of("separator", SettingType.CHARACTER, ",");
        assertEquals(new Valid(';'), SettingValues.parse(separator, ";"));
        assertEquals(new Valid(' '), SettingValues.parse(separator, " "));
        assertError(SettingValues.NOT_CHARACTER, SettingValues.parse(separator, ";;"));
        assertError(SettingValues.NOT_CHARACTER, SettingValues.parse(separator, ""));
    }

    @Test
    void onlyDeclaredOptions() {
        Setting mode = Settings.withOptions("mode", new SettingOption("fast", "Fast"), new SettingOption("safe", "Safe"));
        assertEquals(new Valid("safe"), SettingValues.parse(mode, "safe"));
        Invalid invalid = assertError(SettingValues.NOT_AN_OPTION, SettingValues.parse(mode, "slow"));
        assertEquals(List.of("Fast, Safe"), invalid.arguments());
    }

    @Test
    void passwordsListsAndUnknownTypesAreNotEditedHere() {
        for (SettingType type : List.of(SettingType.PASSWORD, SettingType.OTHER)) {
            assertThrows(IllegalArgumentException.class, () -> SettingValues.parse(Settings.of("x", type, ""), "x"));
        }
        Setting list = new Setting(null, "pid", null, null, "hosts", "", "", SettingType.STRING, true, "", "", List.of());
        assertThrows(IllegalArgumentException.class, () -> SettingValues.parse(list, "a"));
    }

    @Test
    void valuesAsText() {
        assertEquals("", SettingValues.display(null));
        assertEquals("false", SettingValues.display(Boolean.FALSE));
        assertEquals("a, b", SettingValues.display(new String[] { "a", "b" }));
        assertEquals("1, 2", SettingValues.display(new int[] { 1, 2 }));
        assertEquals("x, y", SettingValues.display(List.of("x", "y")));
        assertEquals("2.5", SettingValues.display(2.5));
    }

    private static Invalid assertError(String key, ParsedValue parsed) {
        Invalid invalid = assertInstanceOf(Invalid.class, parsed);
        assertEquals(key, invalid.messageKey());
        return invalid;
    }
}
