package com.microcredit.platform.api;

import java.io.Serializable;
import java.util.List;

/**
 * The rows of one page and either the number of rows the filters match ({@code total} ≥ 0) or,
 * where counting would read too much of a million-loan book, only whether a further page exists
 * ({@code total} = {@value #UNCOUNTED}, {@code hasMore}).
 */
public record PageResult<T>(List<T> rows, long total, boolean hasMore) implements Serializable {

    public static final long UNCOUNTED = -1;

    public PageResult {
        rows = List.copyOf(rows);
    }

    /** A counted page: more follow when the rows so far stay below the total. */
    public static <T> PageResult<T> counted(List<T> rows, long total, PageRequest request) {
        return new PageResult<>(rows, total, request.offset() + rows.size() < total);
    }

    /**
     * An uncounted page from a read of {@code limit + 1} rows: the extra row only says that more
     * follow, and is dropped.
     */
    public static <T> PageResult<T> probed(List<T> readOneMore, PageRequest request) {
        boolean more = readOneMore.size() > request.limit();
        return new PageResult<>(
                more ? readOneMore.subList(0, request.limit()) : readOneMore, UNCOUNTED, more);
    }

    public boolean counted() {
        return total >= 0;
    }
}
