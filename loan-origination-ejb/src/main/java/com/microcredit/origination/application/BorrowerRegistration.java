package com.microcredit.origination.application;

import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.origination.api.RegisterIndividual;
import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.borrower.BorrowerNumbers;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.InvalidIdentityNumberException;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.domain.ResidentIdNumber;
import com.microcredit.shared.domain.UnifiedSocialCreditCode;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Registering a borrower (an enterprise by its credit code, an individual by the resident identity
 * number): the identity parsed and checked, once per identity, refusals naming the field; the
 * registration audited with the number masked. Runs in the calling service's transaction.
 */
@Dependent
class BorrowerRegistration {

    @Inject private LookupHasher hasher;

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private OriginationSettings settings;

    @EJB private AuditTrail audit;

    BorrowerView enterprise(RegisterEnterprise c) {
        UnifiedSocialCreditCode code;
        try {
            code = UnifiedSocialCreditCode.parse(c.creditCode());
        } catch (InvalidIdentityNumberException e) {
            throw new InvalidInputException("creditCode", e.code(), e.arguments().toArray());
        }
        UnifiedSocialCreditCode parsed = code;
        Borrower b =
                build(
                        () ->
                                Borrower.enterprise(
                                        c.name(),
                                        parsed,
                                        c.industryCode(),
                                        c.regionCode(),
                                        requireManager(c.accountManagerId()),
                                        clock.instant(),
                                        hasher));
        detail(
                () ->
                        b.describeEnterprise(
                                c.owners(), c.establishedOn(), c.declaredAnnualRevenue(), today()));
        place(b, c.latitude(), c.longitude(), c.settlementAccount(), c.mobile());
        return register(b, "creditCode");
    }

    BorrowerView individual(RegisterIndividual c) {
        ResidentIdNumber id;
        try {
            id = ResidentIdNumber.parse(c.residentIdNumber(), today());
        } catch (InvalidIdentityNumberException e) {
            throw new InvalidInputException("residentIdNumber", e.code(), e.arguments().toArray());
        }
        ResidentIdNumber parsed = id;
        Borrower b =
                build(
                        () ->
                                Borrower.individual(
                                        c.name(),
                                        parsed,
                                        c.regionCode(),
                                        requireManager(c.accountManagerId()),
                                        clock.instant(),
                                        hasher));
        detail(() -> b.describeHousehold(c.address(), c.householdSize()));
        place(b, c.latitude(), c.longitude(), c.settlementAccount(), c.mobile());
        return register(b, "residentIdNumber");
    }

    private static Borrower build(Supplier<Borrower> factory) {
        try {
            return factory.get();
        } catch (FieldRefusal e) {
            throw new InvalidInputException(e.field(), e.code(), e.arguments().toArray());
        }
    }

    private static void detail(Runnable step) {
        try {
            step.run();
        } catch (FieldRefusal e) {
            throw new InvalidInputException(e.field(), e.code(), e.arguments().toArray());
        }
    }

    private void place(
            Borrower b,
            BigDecimal latitude,
            BigDecimal longitude,
            String settlementAccount,
            String mobile) {
        if (latitude != null || longitude != null) {
            detail(() -> b.locateAt(latitude, longitude));
        }
        if (settlementAccount != null && !settlementAccount.isBlank()) {
            detail(() -> b.settleThrough(settlementAccount.trim(), hasher));
        }
        if (mobile != null && !mobile.isBlank()) {
            detail(() -> b.reachableAt(mobile, hasher));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.bankZone()));
    }

    private Long requireManager(long accountManagerId) {
        if (em.find(AccountManager.class, accountManagerId) == null) {
            throw new InvalidInputException("accountManagerId", "UNKNOWN_REFERENCE");
        }
        return accountManagerId;
    }

    private BorrowerView register(Borrower borrower, String identityField) {
        boolean duplicate =
                !em.createQuery("select b.id from Borrower b where b.identityHash = :h", Long.class)
                        .setParameter(
                                "h",
                                BorrowerNumbers.identityLookup(
                                        hasher, borrower.getIdentityNumber()))
                        .getResultList()
                        .isEmpty();
        if (duplicate) {
            throw new InvalidInputException(identityField, "IDENTITY_ALREADY_REGISTERED");
        }
        em.persist(borrower);
        em.flush();
        audit.record(
                AuditEvent.coded(
                        "BORROWER_REGISTER",
                        "BORROWER",
                        borrower.getId(),
                        "AUDIT_BORROWER_REGISTERED",
                        borrower.getKind(),
                        borrower.maskedIdentityNumber()));
        return BorrowerViews.borrower(borrower);
    }
}
