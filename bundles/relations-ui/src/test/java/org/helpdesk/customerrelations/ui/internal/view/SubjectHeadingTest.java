package org.helpdesk.customerrelations.ui.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.helpdesk.customerrelations.api.dto.Side;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/** The heading without a server: no translations are available, so texts show as "!{key}!". */
class SubjectHeadingTest {

    @Test
    void theSubjectLinksToTheHostsEditPageThroughTheRouter() {
        SubjectHeading heading = new SubjectHeading("relations.user.title", Side.CUSTOMER_USER, "alice@acme", true);
        heading.linkTo("/admin/customer-users/edit/alice?return=x");
        Anchor link = subject(heading);
        assertEquals("alice@acme", link.getText());
        assertEquals("/admin/customer-users/edit/alice?return=x", link.getHref());
        assertTrue(link.getElement().hasAttribute("router-link"), "leaving asks first when changes wait");
        assertEquals("!{relations.hostLink.customerUser}!", link.getElement().getAttribute("title"));
        assertEquals(0, badges(heading));
    }

    @Test
    void anInvalidCustomerIsMarked() {
        SubjectHeading heading = new SubjectHeading("relations.customer.title", Side.CUSTOMER, "old Old Ltd", false);
        assertEquals("!{relations.hostLink.customer}!", subject(heading).getElement().getAttribute("title"));
        assertEquals(1, badges(heading));
    }

    @Test
    void aMissingSubjectGetsTheWayBackToTheOverview() {
        Anchor back = SubjectHeading.overviewLink(new Div());
        assertEquals("back", back.getId().orElseThrow());
        assertEquals("/admin/customer-relations", back.getHref());
    }

    private static Anchor subject(Component heading) {
        return (Anchor) descendants(heading).filter(c -> c.getId().filter("subject"::equals).isPresent())
                .findFirst().orElseThrow();
    }

    private static long badges(Component heading) {
        return descendants(heading).filter(c -> c.getElement().getThemeList().contains("badge")).count();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(SubjectHeadingTest::descendants));
    }
}
