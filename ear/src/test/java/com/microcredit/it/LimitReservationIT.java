package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.portfolio.api.DefineLimit;
import com.microcredit.portfolio.api.ExposureAttributes;
import com.microcredit.portfolio.api.ExposureView;
import com.microcredit.portfolio.api.LimitRefusedException;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LimitView;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.ReleaseExposure;
import com.microcredit.portfolio.api.ReserveExposure;
import com.microcredit.portfolio.domain.change.LimitChange;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.shared.domain.Money;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reservations on the real database: all or nothing across every applicable limit, released on
 * repayment and cancellation, counted by limits defined later, and never over-committed by 64
 * concurrent callers.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class LimitReservationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                LimitReservationIT.class,
                ItProbe.class,
                PageCalls.class,
                PageCalls.Page.class,
                PageForms.class,
                ApiCalls.class);
    }

    @EJB private LimitService limits;

    @EJB private LoanBookService book;

    @EJB private ItProbe probe;

    @Test
    void aLimitChangeProposedAsRiskInCapitalsIsRefusedToRiskOnThePage() {
        String reason = "maker-checker " + java.util.UUID.randomUUID();
        LimitChange change =
                probe.persist(
                        LimitChange.propose(
                                LimitDimension.PRODUCT,
                                "IT-MC-" + reason.substring(reason.length() - 8).toUpperCase(),
                                Money.cny("1000.00"),
                                reason,
                                " RISK ",
                                java.time.Instant.now()));
        PageForms.approvalRefusedToTheMaker(
                "/mcrc/pages/portfolio/limits.xhtml", "pending-form", "pending", reason);
        assertEquals(
                1,
                probe.count(
                        "select count(c) from LimitChange c where c.id = :id and c.approval.state ="
                                + " com.microcredit.shared.domain.approval.ApprovalState.PROPOSED",
                        java.util.Map.of("id", change.getId())),
                "still waiting for a second risk manager");
    }

    @Test
    void aProposalForATargetThatDoesNotExistIsRefusedNamingTheKey() {
        // A product the book knows (it has a limit) is a target of a product limit, not of a
        // region limit: the page offers it while the type was still "product", the type is then
        // posted as "region", and the service refuses the target on the key field.
        String product = unique("P");
        limits.defineLimit(
                new DefineLimit(
                        LimitType.PRODUCT, product, new BigDecimal("100000.00"), "CNY", "IT"));
        String reason = "unknown target " + UUID.randomUUID();
        PageCalls pages = new PageCalls();
        assertEquals(302, pages.signIn("risk").status());
        PageCalls.Page refused =
                PageForms.submit(
                        pages,
                        "/mcrc/pages/portfolio/limits.xhtml",
                        "proposal",
                        "propose",
                        "proposal:type_input",
                        "REGION",
                        "proposal:key_input",
                        product,
                        "proposal:amount_input",
                        "1000.00",
                        "proposal:amount_hinput",
                        "1000.00",
                        "proposal:reason",
                        reason);
        assertEquals(200, refused.status());
        assertTrue(
                refused.body().contains("键：不是该限额类型的已知对象")
                        || refused.body().contains("Key: is not a known target of this limit type"),
                "refused naming the key field: " + refused.body());
        assertEquals(
                0,
                probe.count(
                        "select count(c) from LimitChange c where c.reason = :r",
                        Map.of("r", reason)),
                "nothing proposed");
    }

    @Test
    void aReservationRefusedByOneLimitReservesOnNone() {
        String product = unique("P");
        long borrower = uniqueBorrower();
        limits.defineLimit(
                new DefineLimit(
                        LimitType.PRODUCT, product, new BigDecimal("100000.00"), "CNY", "IT"));
        limits.defineLimit(
                new DefineLimit(
                        LimitType.BORROWER,
                        String.valueOf(borrower),
                        new BigDecimal("60000.00"),
                        "CNY",
                        "IT"));

        String first = unique("R");
        limits.reserve(reserve(first, "50000.00", borrower, product));
        LimitRefusedException duplicate =
                assertThrows(
                        LimitRefusedException.class,
                        () -> limits.reserve(reserve(first, "1.00", borrower, product)));
        assertTrue(duplicate.getMessage().contains("already reserved"), duplicate.getMessage());
        String refusedRef = unique("R");
        LimitRefusedException refused =
                assertThrows(
                        LimitRefusedException.class,
                        () -> limits.reserve(reserve(refusedRef, "20000.00", borrower, product)));

        assertTrue(refused.getMessage().contains("BORROWER"), refused.getMessage());
        assertEquals(
                new BigDecimal("50000.00"),
                utilised(LimitType.PRODUCT, product),
                "product limit untouched");
        assertEquals(
                new BigDecimal("50000.00"), utilised(LimitType.BORROWER, String.valueOf(borrower)));
        assertTrue(book.find(refusedRef).isEmpty(), "no exposure for the refused reservation");
    }

    @Test
    void aBlindLoanAboveTheSingleLoanCapIsRefused() {
        LimitView ceiling = limits.find(LimitType.BLIND_LENDING_CEILING, "programme").orElseThrow();
        BigDecimal cap =
                ceiling.limit().divide(new BigDecimal("1000"), 2, java.math.RoundingMode.DOWN);
        String ref = unique("B");
        LimitRefusedException refused =
                assertThrows(
                        LimitRefusedException.class,
                        () ->
                                limits.reserve(
                                        new ReserveExposure(
                                                ref,
                                                cap.add(new BigDecimal("0.01")),
                                                "CNY",
                                                new ExposureAttributes(
                                                        uniqueBorrower(),
                                                        null,
                                                        null,
                                                        "ITBL",
                                                        "990000",
                                                        unique("P"),
                                                        "BLIND_LENDING",
                                                        "IT-001",
                                                        null,
                                                        true))));
        assertTrue(refused.getMessage().contains("single reservation"), refused.getMessage());
        assertEquals(
                0,
                ceiling.utilised()
                        .compareTo(
                                limits.find(LimitType.BLIND_LENDING_CEILING, "programme")
                                        .orElseThrow()
                                        .utilised()));
    }

    @Test
    void repaymentAndCancellationReleaseEveryLimit() {
        String product = unique("P");
        long borrower = uniqueBorrower();
        limits.defineLimit(
                new DefineLimit(
                        LimitType.PRODUCT, product, new BigDecimal("100000.00"), "CNY", "IT"));
        String repaid = unique("R");
        String cancelled = unique("R");
        limits.reserve(reserve(repaid, "30000.00", borrower, product));
        limits.reserve(reserve(cancelled, "20000.00", borrower, product));

        limits.release(new ReleaseExposure(repaid, new BigDecimal("10000.00"), "CNY"));
        assertThrows(
                LimitRefusedException.class,
                () -> limits.cancel(repaid),
                "a partly repaid loan cannot be cancelled");
        limits.cancel(cancelled);
        assertEquals(new BigDecimal("20000.00"), utilised(LimitType.PRODUCT, product));

        ExposureView closed =
                limits.release(new ReleaseExposure(repaid, new BigDecimal("20000.00"), "CNY"));
        assertEquals("CLOSED", closed.status());
        assertEquals(new BigDecimal("0.00"), utilised(LimitType.PRODUCT, product));
        assertThrows(
                LimitRefusedException.class,
                () -> limits.release(new ReleaseExposure(repaid, new BigDecimal("0.01"), "CNY")));
    }

    @Test
    void aLimitDefinedLaterCountsTheLiveExposuresItCovers() {
        String product = unique("P");
        long borrower = uniqueBorrower();
        String ref = unique("R");
        limits.reserve(reserve(ref, "12345.67", borrower, product));

        LimitView limit =
                limits.defineLimit(
                        new DefineLimit(
                                LimitType.PRODUCT,
                                product,
                                new BigDecimal("20000.00"),
                                "CNY",
                                "IT"));
        assertEquals(new BigDecimal("12345.67"), limit.utilised());
        limits.release(new ReleaseExposure(ref, new BigDecimal("345.67"), "CNY"));
        assertEquals(new BigDecimal("12000.00"), utilised(LimitType.PRODUCT, product));
        assertThrows(
                LimitRefusedException.class,
                () ->
                        limits.defineLimit(
                                new DefineLimit(
                                        LimitType.BORROWER,
                                        String.valueOf(borrower),
                                        new BigDecimal("100.00"),
                                        "CNY",
                                        "IT")),
                "a limit already exceeded");
    }

    @Test
    void classificationAndProvisionsFollowDaysPastDue() {
        String ref = unique("R");
        limits.reserve(reserve(ref, "100000.00", uniqueBorrower(), unique("P")));
        LocalDate today = LocalDate.now();
        assertEquals("SPECIAL_MENTION", book.recordDaysPastDue(ref, 90, today).category());
        ExposureView substandard = book.recordDaysPastDue(ref, 91, today);
        assertEquals("SUBSTANDARD", substandard.category());
        assertEquals(new BigDecimal("25000.00"), substandard.specificProvision());
        assertEquals(new BigDecimal("1000.00"), substandard.generalProvision());
        assertEquals(
                "SUBSTANDARD",
                book.recordDaysPastDue(ref, 0, today).category(),
                "no automatic upgrade");
    }

    @Test
    void sixtyFourConcurrentCallersNeverOverCommitALimit() throws Exception {
        String product = unique("P");
        limits.defineLimit(
                new DefineLimit(
                        LimitType.PRODUCT, product, new BigDecimal("10000.00"), "CNY", "IT"));
        limits.reserve(reserve(unique("R"), "9000.00", uniqueBorrower(), product));
        ManagedExecutorService executor =
                InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> callers = new ArrayList<>();
        for (int t = 0; t < 64; t++) {
            long borrower = uniqueBorrower();
            callers.add(
                    executor.submit(
                            () -> {
                                start.await();
                                for (int i = 0; i < 3; i++) {
                                    try {
                                        limits.reserve(
                                                reserve(unique("C"), "25.00", borrower, product));
                                        accepted.incrementAndGet();
                                    } catch (LimitRefusedException e) {
                                        refused.incrementAndGet();
                                    }
                                }
                                return null;
                            }));
        }
        start.countDown();
        for (Future<?> caller : callers) {
            caller.get(120, TimeUnit.SECONDS);
        }

        assertEquals(40, accepted.get(), "exactly the 1,000.00 left fits, in 25.00 pieces");
        assertEquals(192 - 40, refused.get());
        BigDecimal utilised = utilised(LimitType.PRODUCT, product);
        assertEquals(new BigDecimal("10000.00"), utilised);
        Object[] live =
                probe.firstRow(
                        "select count(e), sum(e.outstanding) from LoanExposure e where"
                                + " e.profile.productCode = :p and e.status ="
                                + " com.microcredit.portfolio.domain.exposure.ExposureStatus.LIVE",
                        Map.of("p", product));
        assertEquals(41L, ((Number) live[0]).longValue());
        assertEquals(
                0,
                utilised.compareTo(new BigDecimal(live[1].toString())),
                "utilisation = sum of live reservations");
    }

    private static ReserveExposure reserve(
            String ref, String amount, long borrower, String product) {
        return new ReserveExposure(
                ref,
                new BigDecimal(amount),
                "CNY",
                new ExposureAttributes(
                        borrower,
                        null,
                        null,
                        "IT" + product.substring(product.length() - 4),
                        "990000",
                        product,
                        "RELATIONSHIP",
                        "IT-001",
                        null,
                        false));
    }

    private BigDecimal utilised(LimitType type, String key) {
        return limits.find(type, key).orElseThrow().utilised();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static long uniqueBorrower() {
        return 9_000_000_000L
                + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L);
    }
}
