package org.helpdesk.platform.directory.internal.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class DbCustomerUserBackendTest {

    @Test
    void extraCustomerIdsAreSplitAtCommasInTheirOwnOrder() {
        assertEquals(List.of("globex", "initech"), DbCustomerUserBackend.split(" globex, ,initech,"));
        assertEquals(List.of(), DbCustomerUserBackend.split(null));
        assertEquals(List.of(), DbCustomerUserBackend.split("  "));
    }

    @Test
    void configurationIsCheckedAtActivation() {
        assertThrows(IllegalArgumentException.class, () -> new DbCustomerUserBackend(null, config(" ", false, "")));
        assertThrows(IllegalArgumentException.class, () -> new DbCustomerUserBackend(null, config("db", false, "other")));
        DbCustomerUserBackend backend = new DbCustomerUserBackend(null, config("db", true, ""));
        assertEquals("db", backend.id());
        assertEquals(true, backend.excludePrimaryCustomerId());
        assertEquals(List.of(), backend.extraCustomerIds("alice"));
    }

    static DbBackendConfiguration config(String id, boolean exclude, String field) {
        return new DbBackendConfiguration() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return DbBackendConfiguration.class;
            }

            @Override
            public String backend_id() {
                return id;
            }

            @Override
            public boolean CustomerUserExcludePrimaryCustomerID() {
                return exclude;
            }

            @Override
            public String CustomerUserCustomerIDsField() {
                return field;
            }
        };
    }
}
