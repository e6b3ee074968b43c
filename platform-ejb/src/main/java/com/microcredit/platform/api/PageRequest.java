package com.microcredit.platform.api;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * One page of a list that grows with the book (issue 26): where it starts, how many rows (capped at
 * {@value #MAX_LIMIT}), the sort key (one of the list's {@link ListSpec} whitelist, or null for the
 * list's default), its direction, and the filters by name (blank values dropped). Pages, exports
 * and the benchmark build it; services check it against their list's {@link ListSpec}.
 */
public record PageRequest(
        int offset, int limit, String sort, boolean descending, Map<String, String> filters)
        implements Serializable {

    /** The most rows one page may ask for; an export reads page after page of this size. */
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        sort = sort == null || sort.isBlank() ? null : sort.strip();
        TreeMap<String, String> kept = new TreeMap<>();
        if (filters != null) {
            filters.forEach(
                    (k, v) -> {
                        if (k != null && v != null && !v.isBlank()) {
                            kept.put(k, v.strip());
                        }
                    });
        }
        filters = java.util.Collections.unmodifiableMap(kept);
    }

    /** The first page in the list's default order. */
    public static PageRequest first(int limit, Map<String, String> filters) {
        return new PageRequest(0, limit, null, false, filters);
    }

    /** The same request from another row on (an export's next chunk). */
    public PageRequest from(int newOffset) {
        return new PageRequest(newOffset, limit, sort, descending, filters);
    }

    /** The same request for another number of rows. */
    public PageRequest withLimit(int newLimit) {
        return new PageRequest(offset, newLimit, sort, descending, filters);
    }

    /** A filter's value, or null when it is not set. */
    public String filter(String name) {
        return filters.get(name);
    }

    /** The filters as the audit row and the export name them ({@code a=1 b=x}, sorted). */
    public String describe() {
        StringBuilder s = new StringBuilder();
        filters.forEach((k, v) -> s.append(s.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return s.isEmpty() ? "*" : s.toString();
    }
}
