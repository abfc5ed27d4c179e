package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.helpdesk.customerrelations.api.dto.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelatedIdsTest {

    private final RelationsFixture f = new RelationsFixture();
    private final RelatedIds related = new RelatedIds(f.store, RelatedIds.IN_MEMORY_RELATIONS);

    @BeforeEach
    void relate() {
        f.directory(4, 2);
        f.changes.add(f.u(1), List.of(f.c(3), f.c(2)), Source.API, "t");
        f.changes.add(f.u(2), List.of(f.c(3)), Source.API, "t");
    }

    @Test
    void theAskedIdsThatAreRelatedComeBackSpelledAsAsked() {
        assertEquals(Set.of(f.c(3).toUpperCase()),
                related.customerIds(" " + f.u(1) + " ", Arrays.asList(f.c(3).toUpperCase(), f.c(4), null, " ")));
        assertEquals(Set.of(f.u(1), f.u(2).toUpperCase()),
                related.logins(f.c(3), List.of(f.u(1), f.u(2).toUpperCase(), "x")));
    }

    @Test
    void noSubjectHasNoRelations() {
        assertEquals(Set.of(), related.customerIds(" ", List.of(f.c(2))));
        assertEquals(Set.of(), related.logins(null, List.of(f.u(1))));
        assertEquals(List.of(), related.allCustomerIds(""));
        assertEquals(List.of(), related.allCustomerIds(null));
    }

    @Test
    void allCustomerIdsOfALoginAreSorted() {
        assertEquals(List.of(f.c(2), f.c(3)), related.allCustomerIds(" " + f.u(1).toUpperCase()));
    }

    @Test
    void fewRelationsAreIntersectedWithAPageInMemoryInLowerCase() {
        Set<String> customers = related.customersRelatedTo(f.u(1)).apply(List.of(f.c(1)));
        assertEquals(Set.of(f.c(2).toLowerCase(), f.c(3).toLowerCase()), customers, "the whole set, read once");
        assertEquals(Set.of(f.u(1).toLowerCase(), f.u(2).toLowerCase()),
                related.usersRelatedTo(f.c(3)).apply(List.of()));
    }

    @Test
    void manyRelationsAreAskedOfTheStorePageByPage() {
        RelatedIds fromStore = new RelatedIds(f.store, 1); // u(1) and c(3) have two relations each: over the limit
        assertEquals(Set.of(f.c(3).toLowerCase()),
                fromStore.customersRelatedTo(f.u(1)).apply(List.of(f.c(1), f.c(3), f.c(4))));
        assertEquals(Set.of(f.u(2).toLowerCase()),
                fromStore.usersRelatedTo(f.c(3)).apply(List.of(f.u(2).toUpperCase(), f.u(3))));
    }
}
