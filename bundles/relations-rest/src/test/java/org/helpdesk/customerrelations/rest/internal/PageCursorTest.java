package org.helpdesk.customerrelations.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void aCursorCarriesItsOffset() {
        assertEquals(0, PageCursor.decode(null));
        assertEquals(0, PageCursor.decode(""));
        assertEquals(1_000_050, PageCursor.decode(PageCursor.encode(1_000_050)));
    }

    @Test
    void foreignCursorsAreInvalidInput() {
        for (String bad : new String[] {"abc", "!!", PageCursor.encode(-1), "bzotMQ"}) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> PageCursor.decode(bad), bad);
            assertEquals(400, problem.status());
            assertEquals(ApiProblem.TYPE_PREFIX + "invalid-input", problem.type());
        }
    }

    @Test
    void theNextLinkKeepsFilterAndLimitAndEndsOnTheLastPage() {
        ListQuery first = ListQuery.of(Map.of("limit", new String[] {"2"}, "filter", new String[] {"von braun"}));
        String next = first.nextLink("/api/x", 2, 5);
        String cursor = next.substring(next.indexOf("cursor=") + 7);
        assertEquals("/api/x?limit=2&filter=von%20braun&cursor=" + cursor, next);
        assertEquals(2, PageCursor.decode(cursor));
        ListQuery last = ListQuery.of(Map.of("limit", new String[] {"2"}, "cursor", new String[] {PageCursor.encode(4)}));
        assertNull(last.nextLink("/api/x", 1, 5));
        assertNull(first.nextLink("/api/x", 0, 0));
    }

    @Test
    void theNextLinkKeepsTheGivenParametersInAFixedOrder() {
        ListQuery query = ListQuery.of(Map.of("limit", new String[] {"1"}));
        String next = query.nextLink("/h", 1, 3, Map.of("customer-user", "al ice", "customer", ""));
        assertEquals("/h?limit=1&customer-user=al%20ice&cursor=" + PageCursor.encode(1), next);
    }

    @Test
    void limitsOutsideTheRangeAreInvalidInput() {
        for (String limit : new String[] {"0", "501", "ten", ""}) {
            ApiProblem problem = assertThrows(ApiProblem.class,
                    () -> ListQuery.of(Map.of("limit", new String[] {limit})), limit);
            assertEquals(400, problem.status());
        }
        assertEquals(400, assertThrows(ApiProblem.class,
                () -> ListQuery.of(Map.of("filter", new String[] {"a", "b"}))).status());
        assertEquals(new ListQuery("", 50, 0), ListQuery.of(Map.of()));
    }
}
