package com.microcredit.web.borrower;

import com.microcredit.origination.api.BorrowerView;
import com.microcredit.web.lists.LazyList;
import com.microcredit.web.lists.ListCatalog;
import com.microcredit.web.lists.PageExport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * Borrower search by name or contact mobile number, paged, sorted and filtered on the server and
 * exported as CSV (issue 26); identity and mobile numbers are shown (and exported) masked.
 */
@Named
@ViewScoped
public class BorrowerSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private ListCatalog catalog;
    @Inject private PageExport export;

    @Size(max = 100)
    private String name = "";

    private transient LazyList<BorrowerView> results;

    /** Applies the filter (the table reads its first page again). */
    public void search() {
        // the lazy model reads the name field at its next load
    }

    public void exportCsv() throws IOException {
        export.csv(getResults());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LazyList<BorrowerView> getResults() {
        if (results == null) {
            results =
                    new LazyList<>(
                            catalog.borrowers(),
                            () -> name == null ? Map.of() : Map.of("text", name));
        }
        return results;
    }
}
