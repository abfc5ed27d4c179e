package org.helpdesk.platform.directory.ui.internal.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CustomerInputTest {

    @Test
    void surroundingBlanksAreDropped() {
        CustomerInput input = new CustomerInput("  acme ", " Acme Corp\t");
        assertEquals("acme", input.customerId());
        assertEquals("Acme Corp", input.name());
        assertTrue(input.problems().isEmpty());
    }

    @Test
    void idAndNameAreRequired() {
        Map<CustomerField, Problem> problems = new CustomerInput(" ", null).problems();
        assertEquals(Problem.of("directory.error.required"), problems.get(CustomerField.CUSTOMER_ID));
        assertEquals(Problem.of("directory.error.required"), problems.get(CustomerField.NAME));
    }

    @Test
    void tooLongValuesAreNamedShortened() {
        String id = "x".repeat(151);
        Problem problem = new CustomerInput(id, "Acme").problems().get(CustomerField.CUSTOMER_ID);
        assertEquals("directory.error.tooLong", problem.key());
        assertEquals(List.of("x".repeat(39) + "…", 150), problem.args());
        assertTrue(new CustomerInput("x".repeat(150), "n".repeat(200)).problems().isEmpty());
        assertTrue(new CustomerInput("acme", "n".repeat(201)).problems().containsKey(CustomerField.NAME));
    }

    @Test
    void idsHaveNoBlanksInside() {
        assertEquals(Problem.of("directory.error.spaces", "acme corp"),
                new CustomerInput("acme corp", "Acme").problems().get(CustomerField.CUSTOMER_ID));
        assertTrue(new CustomerInput("acme", "Acme Corp").problems().isEmpty());
    }

    @Test
    void valuesAreOfferedByField() {
        assertEquals(Map.of(CustomerField.CUSTOMER_ID, "acme", CustomerField.NAME, "Acme"),
                new CustomerInput("acme", "Acme").values());
    }
}
