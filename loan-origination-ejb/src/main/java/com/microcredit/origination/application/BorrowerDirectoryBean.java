package com.microcredit.origination.application;

import com.microcredit.origination.api.BorrowerDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Stateless
@RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
public class BorrowerDirectoryBean implements BorrowerDirectory {

    /** Ids per query: well under every database's limit of bound parameters. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Override
    public Map<Long, String> names(Collection<Long> borrowerIds) {
        Map<Long, String> names = new HashMap<>();
        if (borrowerIds == null || borrowerIds.isEmpty()) {
            return names;
        }
        List<Long> ids = borrowerIds.stream().filter(id -> id != null).distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery("SELECT b.id, b.name FROM Borrower b WHERE b.id IN :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    @Override
    public Map<Long, String> named(String nameFragment, int max) {
        Map<Long, String> names = new HashMap<>();
        if (nameFragment == null || nameFragment.isBlank()) {
            return names;
        }
        em.createQuery(
                        "SELECT b.id, b.name FROM Borrower b WHERE LOWER(b.name) LIKE :f ESCAPE"
                                + " '\\' ORDER BY b.id",
                        Object[].class)
                .setParameter(
                        "f",
                        "%"
                                + nameFragment
                                        .strip()
                                        .toLowerCase(Locale.ROOT)
                                        .replace("\\", "\\\\")
                                        .replace("%", "\\%")
                                        .replace("_", "\\_")
                                + "%")
                .setMaxResults(Math.max(1, Math.min(max, CHUNK)))
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }
}
