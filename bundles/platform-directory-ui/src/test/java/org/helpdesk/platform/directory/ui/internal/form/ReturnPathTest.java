package org.helpdesk.platform.directory.ui.internal.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "/admin/customer-relations/user/alice?search=x",
        "/admin/customers",
        "/admin/customer-relations/customer/acme%20corp?search=a%26b#top",
        "/admin/x?return=/admin/y" })
    void pathsInsideTheAdminShellPass(String path) {
        assertEquals(Optional.of(path), ReturnPath.check(path));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "https://evil.example/admin/",
        "//evil.example/admin/",
        "/admin//evil.example",
        "/admin/\\evil.example",
        "/\\evil.example/admin/",
        "admin/customers",
        "/administrator/",
        "/admin",
        "/portal/tickets",
        "javascript:alert(1)//admin/",
        "/admin/../portal",
        "/admin/%2e%2e/portal",
        "/admin/%2E%2E/portal",
        "/admin/x\ny",
        "/admin/x y",
        "/admin/x\ty" })
    void everythingElseIsRefused(String path) {
        assertTrue(ReturnPath.check(path).isEmpty(), path);
    }

    @org.junit.jupiter.api.Test
    void overlongPathsAreRefused() {
        assertTrue(ReturnPath.check("/admin/" + "a".repeat(ReturnPath.MAX_LENGTH)).isEmpty());
    }
}
