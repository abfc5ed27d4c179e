package org.helpdesk.platform.directory.ui.internal.form;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.junit.jupiter.api.Test;

class CustomerUserInputTest {

    private static CustomerUserInput alice(String password) {
        return new CustomerUserInput(" alice ", " Alice", "Smith ", " alice@acme.example ", " acme ", password);
    }

    @Test
    void fieldsAreStrippedButThePasswordIsNot() {
        CustomerUserInput input = alice("  secret ");
        assertEquals("alice", input.login());
        assertEquals("Alice", input.firstName());
        assertEquals("Smith", input.lastName());
        assertEquals("alice@acme.example", input.email());
        assertEquals("acme", input.primaryCustomerId());
        assertEquals("  secret ", input.password());
        assertTrue(input.problems().isEmpty());
    }

    @Test
    void theDraftCarriesThePasswordOrNull() {
        CustomerUserDraft draft = alice("secret").toDraft();
        assertEquals("Alice", draft.firstName());
        assertEquals("Smith", draft.lastName());
        assertEquals("alice@acme.example", draft.email());
        assertEquals("acme", draft.primaryCustomerId());
        assertArrayEquals("secret".toCharArray(), draft.password());
        assertNull(alice("").toDraft().password());
        assertNull(alice(null).toDraft().password());
    }

    @Test
    void everyDraftGetsItsOwnPasswordArray() {
        // The directory may wipe the array after hashing; a second save must still have the password.
        CustomerUserInput input = alice("secret");
        assertNotSame(input.toDraft().password(), input.toDraft().password());
    }

    @Test
    void loginAndPrimaryCustomerAreRequiredNamesAndEmailAreNot() {
        Map<CustomerUserField, Problem> problems = new CustomerUserInput("", "", "", "", "", "").problems();
        assertEquals(Map.of(CustomerUserField.LOGIN, Problem.of("directory.error.required"),
                CustomerUserField.PRIMARY_CUSTOMER, Problem.of("directory.error.required")), problems);
    }

    @Test
    void loginsHaveNoBlanksInside() {
        assertEquals(Problem.of("directory.error.spaces", "alice smith"),
                new CustomerUserInput("alice smith", "", "", "", "acme", "").problems().get(CustomerUserField.LOGIN));
    }

    @Test
    void emailNeedsAnAtAndADomain() {
        assertEquals(Problem.of("directory.error.email", "alice.acme.example"),
                new CustomerUserInput("alice", "", "", "alice.acme.example", "acme", "").problems()
                        .get(CustomerUserField.EMAIL));
        assertTrue(new CustomerUserInput("alice", "", "", "alice@localhost", "acme", "").problems()
                .containsKey(CustomerUserField.EMAIL));
        assertFalse(new CustomerUserInput("alice", "", "", "a.b+c@mail.acme.example", "acme", "").problems()
                .containsKey(CustomerUserField.EMAIL));
    }

    @Test
    void tooLongFieldsAreReported() {
        String tooLong = "x".repeat(201);
        Map<CustomerUserField, Problem> problems = new CustomerUserInput(tooLong, tooLong, tooLong, "", "acme", "")
                .problems();
        assertEquals("directory.error.tooLong", problems.get(CustomerUserField.LOGIN).key());
        assertEquals("directory.error.tooLong", problems.get(CustomerUserField.FIRST_NAME).key());
        assertEquals("directory.error.tooLong", problems.get(CustomerUserField.LAST_NAME).key());
    }

    @Test
    void thePasswordStaysOutOfToString() {
        assertFalse(alice("secret").toString().contains("secret"));
    }
}
