package org.helpdesk.platform.settings.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SettingKeysTest {

    @Test
    void aUniqueIdIsItsOwnKey() {
        List<Setting> keyed = SettingKeys.unique(List.of(Settings.inPid("org.helpdesk.tickets", "CustomerDisableCompanyTicketAccess"),
                Settings.inPid("org.helpdesk.web", "realm")));
        assertEquals(List.of("CustomerDisableCompanyTicketAccess", "realm"), keyed.stream().map(Setting::key).toList());
    }

    @Test
    void sharedIdsGetTheirPidAppended() {
        List<Setting> keyed = SettingKeys.unique(List.of(Settings.inPid("org.helpdesk.db~a", "backend.id"),
                Settings.inPid("org.helpdesk.db~b", "backend.id"), Settings.inPid("org.helpdesk.web", "realm")));
        assertEquals(List.of("backend-id--org-helpdesk-db-a", "backend-id--org-helpdesk-db-b", "realm"),
                keyed.stream().map(Setting::key).toList());
    }

    @Test
    void keysAreSafeElementIds() {
        assertEquals("a-b-c_d-e", SettingKeys.sanitize("a.b c_d-e"));
    }
}
