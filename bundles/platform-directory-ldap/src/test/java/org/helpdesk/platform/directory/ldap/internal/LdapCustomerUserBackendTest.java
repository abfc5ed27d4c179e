package org.helpdesk.platform.directory.ldap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against the real OpenLDAP of .ci/openldap.sh and its 300 partner users. */
class LdapCustomerUserBackendTest {

    private final List<LdapCustomerUserBackend> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(LdapCustomerUserBackend::deactivate);
    }

    @Test
    void findsAUserIgnoringCaseWithTheAttributeMap() {
        CustomerUser user = backend(Map.of()).find("PARTNER-0005").orElseThrow();
        assertEquals(new CustomerUser("partner-0005", "Pat0005", "Partner", "partner-0005@partner-06.example",
                "partner-06", true, "partners"), user);
        assertTrue(backend(Map.of()).find("nobody").isEmpty());
    }

    @Test
    void findsManyByLogin() {
        Map<String, CustomerUser> found = backend(Map.of()).findAll(List.of("partner-0001", "Partner-0300", "nobody"));
        assertEquals(2, found.size());
        assertEquals("partner-0300", found.get("partner-0300").login());
    }

    @Test
    void countsAndSearchesLikeTheDatabaseBackend() {
        LdapCustomerUserBackend ldap = backend(Map.of());
        assertEquals(300, ldap.count("", Validity.ALL));
        assertEquals(99, ldap.count("partner-00", Validity.ALL));
        assertEquals(30, ldap.count("partner-06", Validity.ALL)); // primary customer ID and e-mail domain
        assertEquals(30, ldap.count("*06.example", Validity.ALL));
        assertEquals(1, ldap.count("pat0042 partner", Validity.ALL));
        assertEquals(0, ldap.count("", Validity.INVALID));
        List<CustomerUser> last = ldap.search("", Validity.ALL, CustomerUserSort.LOGIN, SortOrder.DESCENDING, 3);
        assertEquals(List.of("partner-0300", "partner-0299", "partner-0298"),
                last.stream().map(CustomerUser::login).toList());
    }

    @Test
    void listsLoginsByKeysetWithoutGapsOrRepeats() {
        LdapCustomerUserBackend ldap = backend(Map.of());
        List<String> all = new ArrayList<>();
        String after = null;
        List<String> page;
        do {
            page = ldap.matchingLogins("partner", Validity.ALL, after, 128);
            all.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1);
        } while (page.size() == 128);
        assertEquals(300, all.size());
        assertEquals("partner-0001", all.get(0));
        assertEquals(all.stream().sorted().toList(), all);
    }

    @Test
    void deliversExtraCustomerIdsFromTheConfiguredAttribute() {
        LdapCustomerUserBackend ldap = backend(Map.of("CustomerUserCustomerIDsField", "ou"));
        assertEquals(List.of("partner-shared"), ldap.extraCustomerIds("partner-0005"));
        assertEquals(List.of(), ldap.extraCustomerIds("partner-0004"));
        assertEquals(List.of(), backend(Map.of()).extraCustomerIds("partner-0005"));
    }

    @Test
    void authenticatesWithABindAndRefusesBadOrEmptyPasswords() {
        LdapCustomerUserBackend ldap = backend(Map.of());
        assertEquals("partner-0007", ldap.authenticate("Partner-0007", "partner".toCharArray()).orElseThrow().login());
        assertTrue(ldap.authenticate("partner-0007", "wrong".toCharArray()).isEmpty());
        assertTrue(ldap.authenticate("partner-0007", new char[0]).isEmpty());
        assertTrue(ldap.authenticate("nobody", "partner".toCharArray()).isEmpty());
        // the pooled connection keeps the search identity after a user's bind
        assertEquals(300, ldap.count("", Validity.ALL));
    }

    @Test
    void theValidFilterDecidesValidity() {
        LdapCustomerUserBackend ldap = backend(Map.of("validFilter", "(ou=partner-shared)"));
        assertEquals(60, ldap.count("", Validity.VALID));
        assertEquals(240, ldap.count("", Validity.INVALID));
        assertFalse(ldap.find("partner-0004").orElseThrow().valid());
        assertTrue(ldap.authenticate("partner-0004", "partner".toCharArray()).isEmpty());
        assertTrue(ldap.authenticate("partner-0005", "partner".toCharArray()).isPresent());
    }

    private LdapCustomerUserBackend backend(Map<String, Object> changes) {
        LdapCustomerUserBackend backend = new LdapCustomerUserBackend(TestLdap.configuration(changes));
        started.add(backend);
        return backend;
    }
}
