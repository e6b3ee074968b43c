package com.microcredit.origination.application;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.domain.borrower.AccountManager;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The account managers: registered, listed, found by their staff login. */
@Dependent
class AccountManagers {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    AccountManagerView register(RegisterAccountManager c) {
        AccountManager m =
                new AccountManager(
                        c.staffLogin(),
                        c.name(),
                        c.branchCode(),
                        c.latitude(),
                        c.longitude(),
                        c.territoryRadiusKm());
        em.persist(m);
        em.flush();
        return BorrowerViews.manager(m);
    }

    List<AccountManagerView> all() {
        return em
                .createQuery("select m from AccountManager m order by m.name", AccountManager.class)
                .getResultList()
                .stream()
                .map(BorrowerViews::manager)
                .toList();
    }

    /** The account manager signed in under this staff login, if the login is one. */
    Optional<AccountManagerView> ofLogin(String login) {
        return em.createQuery(
                        "select m from AccountManager m where m.staffLogin = :l",
                        AccountManager.class)
                .setParameter("l", login)
                .getResultStream()
                .findFirst()
                .map(BorrowerViews::manager);
    }
}
