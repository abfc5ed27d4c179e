package org.helpdesk.platform.tickets.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.helpdesk.platform.api.admin.AdminRoles;
import org.helpdesk.platform.api.admin.NavigationGroup;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

class TicketsUiTest {

    private final FakeTickets tickets = new FakeTickets(2500);
    private final TicketsAdminView view = new TicketsAdminView(tickets);

    @Test
    void entryInTicketsGroupForAdminsOnly() {
        assertEquals(NavigationGroup.TICKETS, view.navigationGroup());
        assertEquals(AdminRoles.ADMIN, view.requiredRole());
        assertEquals(TicketsView.class, view.navigationTarget());
        assertEquals(List.of(TicketsView.class), view.routeTargets());
        assertEquals("tickets", TicketsView.class.getAnnotation(Route.class).value());
        assertThrows(IllegalArgumentException.class, () -> view.createRouteTarget(Div.class));
    }

    @Test
    void gridWindowsBecomePagesOfAtMostAThousand() {
        TicketPages pages = new TicketPages(tickets);
        List<Ticket> window = pages.fetch(100, 50, "").toList();
        assertEquals(50, window.size());
        assertEquals("VPN 2399", window.get(1).title());
        tickets.calls.clear();
        assertEquals(1500, pages.fetch(1000, 2000, "").count());
        assertEquals(List.of("1000/1000", "2000/1000"), tickets.calls.stream().map(c -> c[0] + "/" + c[1]).toList());
        assertEquals(2500, pages.count(""));
        assertEquals(1250, pages.count("printer"));
        assertEquals(0, pages.fetch(0, 10, "nothing").count());
    }

    @Test
    void textsInBothLanguages() throws IOException {
        TicketsUiTranslations translations = new TicketsUiTranslations();
        assertEquals(Optional.of("Tickets"), translations.text(view.labelKey(), Locale.GERMAN));
        assertEquals(Optional.of("Kundenbenutzer"), translations.text("tickets.column.customerUser", Locale.GERMANY));
        assertEquals(Optional.of("Customer User"), translations.text("tickets.column.customerUser", Locale.FRENCH));
        assertEquals(Optional.of("geschlossen"), translations.text("tickets.state.CLOSED", Locale.GERMAN));
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        assertEquals(english.keySet(), german.keySet());
        for (String key : english.stringPropertyNames()) {
            assertTrue(key.startsWith("tickets."), key);
            assertFalse(german.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties english = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        Pattern key = Pattern.compile("\"(tickets\\.[A-Za-z.]+[A-Za-z])\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1)) && !matcher.group(1).equals("tickets.state")) {
                        missing.add(matcher.group(1) + " in " + source.getFileName());
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TicketsUiTranslations.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
