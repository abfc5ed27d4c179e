package org.helpdesk.platform.web.internal.vaadin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class AdminErrorHandlerTest {

    @Test
    void aDatabaseThatDoesNotAnswerIsNamedOtherFailuresAreInternal() {
        assertEquals("error.database", AdminErrorHandler.messageKey(
                new RuntimeException(new SQLException("Connection refused", "08001"))));
        assertEquals("error.unexpected", AdminErrorHandler.messageKey(new IllegalStateException("bug")));
        assertEquals("error.unexpected", AdminErrorHandler.messageKey(new SQLException("syntax", "42601")));
    }
}
