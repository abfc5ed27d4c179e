package org.helpdesk.platform.directory.ui.internal.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.junit.jupiter.api.Test;

class DirectoryErrorsTest {

    private static DirectoryException error(Reason reason, String value) {
        return new DirectoryException(reason, value, "message for the log");
    }

    @Test
    void messagesNameTheRefusedValue() {
        assertEquals(Problem.of("directory.error.duplicate", "acme"),
                DirectoryErrors.problemOf(error(Reason.DUPLICATE, "acme")));
        assertEquals(Problem.of("directory.error.unknownCustomer", "nope"),
                DirectoryErrors.problemOf(error(Reason.UNKNOWN_CUSTOMER, "nope")));
        assertEquals(Problem.of("directory.error.unknownCustomerUser", "bob"),
                DirectoryErrors.problemOf(error(Reason.UNKNOWN_CUSTOMER_USER, "bob")));
        assertEquals(Problem.of("directory.error.inUse", "acme"),
                DirectoryErrors.problemOf(error(Reason.IN_USE, "acme")));
        assertEquals(Problem.of("directory.error.invalidValue", "a b"),
                DirectoryErrors.problemOf(error(Reason.INVALID_VALUE, "a b")));
        assertEquals(Problem.of("directory.error.database"), DirectoryErrors.problemOf(error(Reason.DATABASE, null)));
    }

    @Test
    void anEmptyInvalidValueIsAMissingOne() {
        assertEquals(Problem.of("directory.error.required"), DirectoryErrors.problemOf(error(Reason.INVALID_VALUE, "")));
        assertEquals(Problem.of("directory.error.required"), DirectoryErrors.problemOf(error(Reason.INVALID_VALUE, null)));
    }

    @Test
    void customerErrorsLandAtTheirField() {
        CustomerInput input = new CustomerInput("acme", "Acme Corp");
        assertEquals(Optional.of(CustomerField.CUSTOMER_ID),
                DirectoryErrors.fieldOf(error(Reason.DUPLICATE, "ACME"), input));
        assertEquals(Optional.of(CustomerField.NAME),
                DirectoryErrors.fieldOf(error(Reason.INVALID_VALUE, "Acme Corp"), input));
        assertEquals(Optional.of(CustomerField.CUSTOMER_ID),
                DirectoryErrors.fieldOf(error(Reason.INVALID_VALUE, "something else"), input));
        assertEquals(Optional.empty(), DirectoryErrors.fieldOf(error(Reason.DATABASE, null), input));
        assertEquals(Optional.empty(), DirectoryErrors.fieldOf(error(Reason.IN_USE, "acme"), input));
    }

    @Test
    void customerUserErrorsLandAtTheirField() {
        CustomerUserInput input = new CustomerUserInput("alice", "acme", "Smith", "alice@@acme", "acme", "");
        assertEquals(Optional.of(CustomerUserField.LOGIN),
                DirectoryErrors.fieldOf(error(Reason.DUPLICATE, "alice"), input));
        // "acme" is the first name too, but an unknown customer is about the primary customer.
        assertEquals(Optional.of(CustomerUserField.PRIMARY_CUSTOMER),
                DirectoryErrors.fieldOf(error(Reason.UNKNOWN_CUSTOMER, "acme"), input));
        assertEquals(Optional.of(CustomerUserField.EMAIL),
                DirectoryErrors.fieldOf(error(Reason.INVALID_VALUE, "alice@@acme"), input));
        assertEquals(Optional.of(CustomerUserField.LOGIN),
                DirectoryErrors.fieldOf(error(Reason.INVALID_VALUE, "???"), input));
        assertEquals(Optional.empty(), DirectoryErrors.fieldOf(error(Reason.UNKNOWN_CUSTOMER_USER, "alice"), input));
    }

    @Test
    void longValuesAreShortenedInMessages() {
        Problem problem = DirectoryErrors.problemOf(error(Reason.DUPLICATE, "y".repeat(300)));
        assertEquals(40, ((String) problem.args().get(0)).length());
    }
}
