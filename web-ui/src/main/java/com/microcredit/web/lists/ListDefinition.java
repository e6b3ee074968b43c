package com.microcredit.web.lists;

import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import java.io.Serializable;
import java.util.List;

/**
 * A list as pages, the export and the API see it: its name (the audit row of an export names it),
 * the service read of one page, the key of a row (for selection) and the columns of its export.
 */
public record ListDefinition<T>(
        String name, Reader<T> reader, ListColumn.Cell<T> key, List<ListColumn<T>> columns)
        implements Serializable {

    /** The service's read of one page. */
    @FunctionalInterface
    public interface Reader<T> extends Serializable {
        PageResult<T> read(PageRequest request);
    }

    public ListDefinition {
        columns = List.copyOf(columns);
    }
}
