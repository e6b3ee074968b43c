package com.microcredit.platform.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one list lets a page ask for: its sort keys, each mapped to the column (or JPQL path) it
 * orders by, the default key and direction, the unique tie-breaker that keeps a page's rows in one
 * order (id, reference), and the filter names it knows. Services build their query's ORDER BY from
 * it and never from the caller's text, so a sort key is a whitelist entry, not SQL.
 */
public final class ListSpec {

    private final String name;
    private final Map<String, String> sorts;
    private final String defaultSort;
    private final boolean defaultDescending;
    private final String tieBreaker;
    private final Set<String> filters;

    private ListSpec(Builder b) {
        this.name = b.name;
        this.sorts = Map.copyOf(b.sorts);
        this.defaultSort = b.defaultSort;
        this.defaultDescending = b.defaultDescending;
        this.tieBreaker = b.tieBreaker;
        this.filters = Set.copyOf(b.filters);
    }

    /** A list by its name (as the audit row of an export names it). */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** The sort keys the list allows, sorted. */
    public Set<String> sortKeys() {
        return new TreeSet<>(sorts.keySet());
    }

    /**
     * Checks the request's sort key and filter names; refused with {@link ListRefusedException}
     * naming the field ({@code sort} or the filter) otherwise.
     */
    public PageRequest check(PageRequest request) {
        if (request.sort() != null && !sorts.containsKey(request.sort())) {
            throw new ListRefusedException(
                    "sort", "LIST_SORT_NOT_ALLOWED", request.sort(), String.join(", ", sortKeys()));
        }
        for (String f : request.filters().keySet()) {
            if (!filters.contains(f)) {
                throw new ListRefusedException(
                        f, "LIST_FILTER_UNKNOWN", f, String.join(", ", new TreeSet<>(filters)));
            }
        }
        return request;
    }

    /**
     * The ORDER BY clause (with the words ORDER BY) for a checked request: the chosen column in the
     * chosen direction, then the tie-breaker in the same direction.
     */
    public String orderBy(PageRequest request) {
        check(request);
        String key = request.sort() == null ? defaultSort : request.sort();
        boolean desc = request.sort() == null ? defaultDescending : request.descending();
        String dir = desc ? " DESC" : " ASC";
        String column = sorts.get(key);
        return " ORDER BY "
                + column
                + dir
                + (column.equals(tieBreaker) ? "" : ", " + tieBreaker + dir);
    }

    /** A filter value as a whole number, refused as LIST_FILTER_INVALID when it is not one. */
    public static Long number(PageRequest request, String filter) {
        String v = request.filter(filter);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new ListRefusedException(filter, "LIST_FILTER_INVALID", filter);
        }
    }

    /** Builds a {@link ListSpec}. */
    public static final class Builder {
        private final String name;
        private final Map<String, String> sorts = new LinkedHashMap<>();
        private String defaultSort;
        private boolean defaultDescending;
        private String tieBreaker;
        private final Set<String> filters = new TreeSet<>();

        private Builder(String name) {
            this.name = name;
        }

        /** A sort key and the column it orders by; the first one is the default unless set. */
        public Builder sort(String key, String column) {
            sorts.put(key, column);
            if (defaultSort == null) {
                defaultSort = key;
            }
            return this;
        }

        public Builder byDefault(String key, boolean descending) {
            this.defaultSort = key;
            this.defaultDescending = descending;
            return this;
        }

        public Builder tieBreaker(String column) {
            this.tieBreaker = column;
            return this;
        }

        public Builder filters(String... names) {
            filters.addAll(java.util.List.of(names));
            return this;
        }

        public ListSpec build() {
            if (tieBreaker == null || !sorts.containsKey(defaultSort)) {
                throw new IllegalStateException("list " + name + ": tie-breaker and default sort");
            }
            return new ListSpec(this);
        }
    }
}
