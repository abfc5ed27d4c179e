package org.helpdesk.platform.tickets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.helpdesk.platform.api.settings.SharedSettings;
import org.junit.jupiter.api.Test;

class TicketSettingsTest {

    /** The database of saved settings, asked once per decision. */
    private static final class Saved implements SharedSettings {
        final Map<String, String> values = new HashMap<>();
        final List<String> asked = new CopyOnWriteArrayList<>();
        volatile boolean down;

        @Override
        public Optional<String> value(String pid, String property) {
            if (down) {
                throw new IllegalStateException("database down");
            }
            asked.add(pid + "/" + property);
            return Optional.ofNullable(values.get(property));
        }
    }

    private static TicketSettingsConfiguration configured(boolean disabled) {
        return new TicketSettingsConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return TicketSettingsConfiguration.class;
            }

            @Override
            public boolean CustomerDisableCompanyTicketAccess() {
                return disabled;
            }
        };
    }

    @Test
    void whileNothingWasSavedTheConfigurationDecides() {
        Saved saved = new Saved();
        TicketSettings settings = new TicketSettings(configured(true), saved);
        assertTrue(settings.companyTicketAccessDisabled());
        settings.modified(configured(false));
        assertFalse(settings.companyTicketAccessDisabled());
        assertEquals(List.of("org.helpdesk.platform.tickets/CustomerDisableCompanyTicketAccess",
                "org.helpdesk.platform.tickets/CustomerDisableCompanyTicketAccess"), saved.asked);
    }

    @Test
    void aSwitchSavedOnAnyNodeCountsFromTheNextCallWhateverThisNodesConfigurationStillSays() {
        Saved saved = new Saved();
        TicketSettings settings = new TicketSettings(configured(false), saved);
        saved.values.put("CustomerDisableCompanyTicketAccess", "true");
        assertTrue(settings.companyTicketAccessDisabled());
        saved.values.put("CustomerDisableCompanyTicketAccess", "false");
        settings.modified(configured(true));
        assertFalse(settings.companyTicketAccessDisabled());
    }

    @Test
    void withoutTheDatabaseThereIsNoAnswerRatherThanAStaleOne() {
        Saved saved = new Saved();
        TicketSettings settings = new TicketSettings(configured(false), saved);
        saved.down = true;
        assertThrows(IllegalStateException.class, settings::companyTicketAccessDisabled);
    }
}
