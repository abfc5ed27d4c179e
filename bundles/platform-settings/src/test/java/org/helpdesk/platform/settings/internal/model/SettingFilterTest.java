package org.helpdesk.platform.settings.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SettingFilterTest {

    private final Setting access = Settings.of("CustomerDisableCompanyTicketAccess", SettingType.BOOLEAN, "false");
    private final Setting exclude = Settings.of("CustomerUserExcludePrimaryCustomerID", SettingType.BOOLEAN, "false");
    private final Setting realm = new Setting(null, "org.helpdesk.platform.web.login", null, null, "realm",
            "JAAS realm", "The Karaf JAAS realm", SettingType.STRING, false, "karaf", "karaf", List.of());
    private final List<Setting> all = List.of(access, exclude, realm);

    @Test
    void theFullNameFindsExactlyThatSetting() {
        assertEquals(List.of(access), SettingFilter.filter(all, "CustomerDisableCompanyTicketAccess"));
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals(List.of(access), SettingFilter.filter(all, "customerdisablecompanyticketaccess"));
        assertEquals(List.of(realm), SettingFilter.filter(all, "REALM"));
    }

    @Test
    void aPartOfTheNameIsEnough() {
        assertEquals(List.of(access, exclude), SettingFilter.filter(all, "Customer"));
        assertEquals(List.of(access), SettingFilter.filter(all, "TicketAcc"));
    }

    @Test
    void theReadableNameMatchesToo() {
        assertTrue(SettingFilter.matches(realm, "jaas"));
    }

    @Test
    void theDescriptionDoesNot() {
        assertFalse(SettingFilter.matches(realm, "Karaf"));
    }

    @Test
    void anEmptySearchShowsEverythingAndSpacesAroundAreIgnored() {
        assertEquals(all, SettingFilter.filter(all, ""));
        assertEquals(all, SettingFilter.filter(all, "   "));
        assertEquals(all, SettingFilter.filter(all, null));
        assertEquals(List.of(realm), SettingFilter.filter(all, "  realm "));
    }

    @Test
    void nothingMatches() {
        assertEquals(List.of(), SettingFilter.filter(all, "NoSuchSetting"));
    }
}
