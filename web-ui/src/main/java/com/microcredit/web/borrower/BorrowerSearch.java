package com.microcredit.web.borrower;

import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * Borrower search by name or contact mobile number; identity and mobile numbers are shown masked.
 */
@Named
@ViewScoped
public class BorrowerSearch implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_RESULTS = 100;

    @EJB private transient BorrowerService borrowers;

    @Size(max = 100)
    private String name = "";

    private List<BorrowerView> results = List.of();

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        results = borrowers.search(name, MAX_RESULTS);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<BorrowerView> getResults() {
        return results;
    }
}
