package org.helpdesk.platform.web.internal.vaadin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AdminContextHelperTest {

    @Test
    void modulesAreJavaScript() {
        assertEquals("text/javascript", AdminContextHelper.mimeTypeOf("VAADIN/build/indexhtml-CGrtTICW.js"));
        assertEquals("text/javascript", AdminContextHelper.mimeTypeOf("/x/Module.MJS"));
    }

    @Test
    void otherKnownTypes() {
        assertEquals("text/css", AdminContextHelper.mimeTypeOf("a.css"));
        assertEquals("image/svg+xml", AdminContextHelper.mimeTypeOf("icons/logo.svg"));
        assertEquals("font/woff2", AdminContextHelper.mimeTypeOf("f.woff2"));
    }

    @Test
    void unknownTypesAreLeftToTheContainer() {
        assertNull(AdminContextHelper.mimeTypeOf("README"));
        assertNull(AdminContextHelper.mimeTypeOf("archive.xyz"));
    }
}
