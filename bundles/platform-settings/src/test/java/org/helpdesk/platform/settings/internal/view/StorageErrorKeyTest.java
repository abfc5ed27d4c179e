package org.helpdesk.platform.settings.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class StorageErrorKeyTest {

    @Test
    void aDatabaseThatDoesNotAnswerIsSaidSoOtherStorageFailuresPointToTheLog() {
        assertEquals("settings.error.database", SystemConfigurationView.storageErrorKey(
                new IOException("not saved", new SQLException("Connection refused", "08001"))));
        assertEquals("settings.error.storage", SystemConfigurationView.storageErrorKey(
                new IOException("not saved", new SQLException("value too long", "22001"))));
        assertEquals("settings.error.storage", SystemConfigurationView.storageErrorKey(new IllegalStateException("x")));
    }
}
