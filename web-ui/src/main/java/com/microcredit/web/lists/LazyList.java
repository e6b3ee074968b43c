package com.microcredit.web.lists;

import com.microcredit.platform.api.CodedRefusal;
import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.web.shell.Messages;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The PrimeFaces lazy model of a list (issue 26): the table asks for one page, the service reads it
 * – sorted by the column's {@code sortBy} (a key of the list's whitelist), filtered by the page's
 * own filter fields – and says how many rows match, or only whether more follow (then the paginator
 * offers one page further). Never more than a page in memory. A refused sort or filter is a message
 * on the page and an empty table, never an error page.
 */
public class LazyList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The filters of the page's own fields, read at each load. */
    @FunctionalInterface
    public interface Filters extends Supplier<Map<String, String>>, Serializable {}

    private final ListDefinition<T> list;
    private final Filters filters;
    private PageRequest last;

    public LazyList(ListDefinition<T> list, Filters filters) {
        this.list = list;
        this.filters = filters;
    }

    /**
     * What the count would be: the table asks before it loads, and would move back to page one on a
     * small answer; the real number (or one page more than shown) is set by {@link #load}.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<T> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        last = request(first, pageSize, sortBy);
        try {
            PageResult<T> page = list.reader().read(last);
            setRowCount(rowCount(page, first, pageSize));
            return page.rows();
        } catch (CodedRefusal e) {
            Messages.pageError(Messages.refusal(e));
            setRowCount(0);
            return List.of();
        }
    }

    /** The total when counted; otherwise the rows so far and, when more follow, a page more. */
    static int rowCount(PageResult<?> page, int first, int pageSize) {
        if (page.counted()) {
            return (int) Math.min(Integer.MAX_VALUE, page.total());
        }
        return first + page.rows().size() + (page.hasMore() ? pageSize : 0);
    }

    private PageRequest request(int first, int pageSize, Map<String, SortMeta> sortBy) {
        String sort = null;
        boolean descending = false;
        if (sortBy != null) {
            for (SortMeta s : sortBy.values()) {
                if (s.getOrder() != SortOrder.UNSORTED) {
                    sort = s.getField();
                    descending = s.getOrder() == SortOrder.DESCENDING;
                    break;
                }
            }
        }
        return new PageRequest(first, pageSize, sort, descending, filters.get());
    }

    /** The request of the page shown last (the export writes from its sort and filters). */
    public PageRequest lastRequest() {
        return last == null ? PageRequest.first(PageRequest.MAX_LIMIT, filters.get()) : last;
    }

    public ListDefinition<T> list() {
        return list;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(list.key().apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        for (T row : getWrappedData() == null ? List.<T>of() : getWrappedData()) {
            if (getRowKey(row).equals(rowKey)) {
                return row;
            }
        }
        return null;
    }
}
