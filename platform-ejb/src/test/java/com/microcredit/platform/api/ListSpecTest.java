package com.microcredit.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListSpecTest {

    private static final ListSpec SPEC =
            ListSpec.named("t")
                    .sort("name", "b.name")
                    .sort("id", "b.id")
                    .tieBreaker("b.id")
                    .filters("text")
                    .build();

    @Test
    void theOrderComesFromTheWhitelistWithTheTieBreakerInTheSameDirection() {
        assertEquals(" ORDER BY b.name ASC, b.id ASC", SPEC.orderBy(PageRequest.first(5, null)));
        assertEquals(
                " ORDER BY b.name DESC, b.id DESC",
                SPEC.orderBy(new PageRequest(0, 5, "name", true, Map.of())));
        assertEquals(" ORDER BY b.id ASC", SPEC.orderBy(new PageRequest(0, 5, "id", false, null)));
    }

    @Test
    void aSortKeyOutsideTheWhitelistIsRefusedNamingTheField() {
        ListRefusedException e =
                assertThrows(
                        ListRefusedException.class,
                        () -> SPEC.orderBy(new PageRequest(0, 5, "b.name; DROP", false, null)));
        assertEquals("sort", e.field());
        assertEquals("LIST_SORT_NOT_ALLOWED", e.code());
        assertEquals(List.of("b.name; DROP", "id, name"), e.arguments());
        ListRefusedException f =
                assertThrows(
                        ListRefusedException.class,
                        () -> SPEC.check(PageRequest.first(5, Map.of("owner", "x"))));
        assertEquals("owner", f.field());
        assertEquals("LIST_FILTER_UNKNOWN", f.code());
    }

    @Test
    void theRequestCapsItsLimitAndDropsBlankFilters() {
        Map<String, String> filters = new HashMap<>();
        filters.put("text", "  ");
        filters.put("other", null);
        PageRequest r = new PageRequest(-3, 10_000, " ", false, filters);
        assertEquals(0, r.offset());
        assertEquals(PageRequest.MAX_LIMIT, r.limit());
        assertEquals(null, r.sort());
        assertTrue(r.filters().isEmpty());
        assertEquals("*", r.describe());
        assertEquals("a=1 b=x", PageRequest.first(1, Map.of("b", "x", "a", "1")).describe());
    }

    @Test
    void aProbedPageDropsTheExtraRowAndSaysMoreFollow() {
        PageRequest r = PageRequest.first(2, null);
        PageResult<String> more = PageResult.probed(List.of("a", "b", "c"), r);
        assertEquals(List.of("a", "b"), more.rows());
        assertTrue(more.hasMore());
        assertFalse(more.counted());
        PageResult<String> last = PageResult.probed(List.of("a"), r);
        assertFalse(last.hasMore());
        assertTrue(PageResult.counted(List.of("a", "b"), 3, r).hasMore());
        assertFalse(PageResult.counted(List.of("a", "b"), 2, r).hasMore());
    }
}
