package com.microcredit.origination.application;

import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.SubmitApplication;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.loan.LoanApplication;
import com.microcredit.origination.domain.product.LoanProduct;
import com.microcredit.origination.domain.schedule.RepaymentMethod;
import com.microcredit.shared.domain.FieldRefusal;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Takes an application in: checks the request against the borrower, the product's terms and the
 * channels, then stores it with its reference. Runs in the calling service's transaction.
 */
@Dependent
class ApplicationIntake {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    /** The submitted application, stored; refusals name the field. */
    LoanApplication create(SubmitApplication c, String preparer) {
        Borrower borrower =
                Optional.ofNullable(em.find(Borrower.class, c.borrowerId()))
                        .orElseThrow(
                                () -> new InvalidInputException("borrowerId", "UNKNOWN_REFERENCE"));
        LoanProduct product =
                c.productCode() == null ? null : em.find(LoanProduct.class, c.productCode());
        if (product == null) {
            throw new InvalidInputException("productCode", "UNKNOWN_REFERENCE");
        }
        RepaymentMethod method = parseMethod(c.repaymentMethod());
        if (c.amount() != null && c.amount().stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("amount", "AMOUNT_SCALE", 2);
        }
        List<FieldRefusal> violations =
                product.termViolations(c.amount(), c.currency(), c.termMonths(), method);
        if (!violations.isEmpty()) {
            FieldRefusal first = violations.get(0);
            throw new InvalidInputException(
                    first.field(), first.code(), first.arguments().toArray());
        }
        if (c.purpose() == null || c.purpose().isBlank()) {
            throw new InvalidInputException("purpose", "REQUIRED");
        }
        String channel = c.channel() == null ? "BRANCH" : c.channel();
        if (!List.of("BRANCH", "ONLINE", "API").contains(channel)) {
            throw new InvalidInputException("channel", "NOT_ONE_OF", "BRANCH, ONLINE, API");
        }
        LoanApplication app;
        try {
            app =
                    new LoanApplication(
                            borrower.getId(),
                            product.getCode(),
                            c.amount(),
                            c.currency(),
                            c.termMonths(),
                            method,
                            c.purpose(),
                            channel,
                            c.channelReference(),
                            preparer,
                            clock.instant());
        } catch (FieldRefusal e) {
            throw new InvalidInputException(e.field(), e.code(), e.arguments().toArray());
        }
        em.persist(app);
        app.assignReference();
        return app;
    }

    private static RepaymentMethod parseMethod(String method) {
        try {
            return RepaymentMethod.valueOf(method);
        } catch (RuntimeException e) {
            throw new InvalidInputException(
                    "repaymentMethod",
                    "NOT_ONE_OF",
                    "EQUAL_INSTALMENT, EQUAL_PRINCIPAL, INTEREST_ONLY_BULLET");
        }
    }
}
