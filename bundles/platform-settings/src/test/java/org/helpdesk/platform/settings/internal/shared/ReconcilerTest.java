package org.helpdesk.platform.settings.internal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final String TICKETS = "org.helpdesk.platform.tickets";
    private static final String MAIL = "org.helpdesk.mail";
    private static final String LDAP = "org.helpdesk.platform.directory.ldap";

    private final FakeConfigurations local = new FakeConfigurations();

    @Test
    void onlyConfigurationsWithADifferentPropertyAreUpdatedAndOnlyWithThoseProperties() {
        local.configurations.put(TICKETS, new HashMap<>(Map.of("CustomerDisableCompanyTicketAccess", false,
                "pageSize", 20, "other", "kept")));
        local.configurations.put(MAIL, new HashMap<>(Map.of("host", "mx")));
        Reconciler.Result result = Reconciler.apply(List.of(
                StoredSetting.of(TICKETS, null, "CustomerDisableCompanyTicketAccess", true),
                StoredSetting.of(TICKETS, null, "pageSize", 20),
                StoredSetting.of(MAIL, null, "host", "mx")), local);

        assertEquals(List.of(TICKETS), result.updated());
        assertFalse(result.failed());
        assertEquals(List.of(new FakeConfigurations.Update(TICKETS, Map.of("CustomerDisableCompanyTicketAccess", true))),
                local.updates);
        assertEquals("kept", local.get(TICKETS, "other"));
        assertTrue(Reconciler.apply(List.of(StoredSetting.of(TICKETS, null, "pageSize", 20)), local).updated()
                .isEmpty(), "a second run finds nothing to do");
    }

    @Test
    void theSavedTypeWinsOverAnEqualLookingValueOfAnotherType() {
        local.configurations.put(TICKETS, new HashMap<>(Map.of("pageSize", 20L, "flag", "true")));
        Reconciler.apply(List.of(StoredSetting.of(TICKETS, null, "pageSize", 20),
                StoredSetting.of(TICKETS, null, "flag", true)), local);
        assertEquals(20, local.get(TICKETS, "pageSize"));
        assertEquals(Boolean.TRUE, local.get(TICKETS, "flag"));
    }

    @Test
    void aSingletonThisNodeHasNoConfigurationForIsCreatedAFactoryInstanceItLacksIsLeftAlone() {
        local.factoryInstances.put(LDAP + "~corp", LDAP);
        Reconciler.Result result = Reconciler.apply(List.of(StoredSetting.of(TICKETS, null, "flag", true),
                StoredSetting.of(LDAP + "~corp", LDAP, "pageSize", 500),
                StoredSetting.of(LDAP + "~partners", LDAP, "pageSize", 100)), local);
        assertEquals(List.of(TICKETS, LDAP + "~corp"), result.updated());
        assertFalse(result.failed(), "a backend this node does not have is no failure");
        assertEquals(500, local.get(LDAP + "~corp", "pageSize"));
        assertEquals(null, local.get(LDAP + "~partners", "pageSize"));
    }

    @Test
    void aConfigurationThatCannotBeWrittenIsReportedAndTheOthersAreStillApplied() {
        FakeConfigurations broken = new FakeConfigurations() {
            @Override
            public void update(String key, String factoryPid, Map<String, Object> changed) throws java.io.IOException {
                if (key.equals(MAIL)) {
                    throw new java.io.IOException("disk full");
                }
                super.update(key, factoryPid, changed);
            }
        };
        Reconciler.Result result = Reconciler.apply(List.of(StoredSetting.of(MAIL, null, "host", "mx2"),
                StoredSetting.of(TICKETS, null, "flag", true)), broken);
        assertTrue(result.failed());
        assertEquals(List.of(TICKETS), result.updated());
    }
}
