package org.helpdesk.platform.portal.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Html.escape("<script>alert('x')</script> & \"q\""));
        assertEquals("", Html.escape(null));
        assertEquals("Grüße – 日本", Html.escape("Grüße – 日本"));
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String text = "nothing to escape";
        assertSame(text, Html.escape(text));
    }

    @Test
    void textAndAttributesAreEscapedAndNullAttributesLeftOut() {
        String html = new Html().element("a", "<b>", "href", "/x?a=1&b=\"2\"", "class", null).toString();
        assertEquals("<a href=\"/x?a=1&amp;b=&quot;2&quot;\">&lt;b&gt;</a>", html);
        assertEquals("<input value=\"&#39; onfocus=&#39;x\">",
                new Html().empty("input", "value", "' onfocus='x").toString());
    }

    @Test
    void namesMustBeConstantsNotData() {
        assertThrows(IllegalArgumentException.class, () -> new Html().open("a onclick=x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("a", "on\"click", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("a", "href"));
    }
}
