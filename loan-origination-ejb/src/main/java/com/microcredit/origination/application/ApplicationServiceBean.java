package com.microcredit.origination.application;

import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.ApplicationSummary;
import com.microcredit.origination.api.ApplicationView;
import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.ReviewReferral;
import com.microcredit.origination.api.SubmitApplication;
import com.microcredit.origination.domain.loan.ApplicationStateException;
import com.microcredit.origination.domain.loan.ApplicationStatus;
import com.microcredit.origination.domain.loan.LoanApplication;
import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.approval.ApprovalRefusal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The application's life in one transaction per call: intake ({@link ApplicationIntake}), the
 * automated decision ({@link AutomatedDecision}), the referral review, acceptance of the offer
 * ({@link OfferAcceptance}), withdrawal, and the lists the pages show.
 */
@Stateless
// reads: pages, REST (core banking too) and the decision listener; writes name their own (ADR 0014)
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "CORE_BANKING",
    "SYSTEM"
})
public class ApplicationServiceBean implements ApplicationService {

    /**
     * The preparer recorded for requests that arrive without a signed-in person (core banking's
     * channel).
     */
    static final String SYSTEM_PREPARER = "core-banking";

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Resource private SessionContext session;

    @Inject private ApplicationIntake intake;

    @Inject private ApplicationPages pages;
    @Inject private AutomatedDecision decision;
    @Inject private OfferAcceptance acceptance;
    @Inject private DecisionPublisher decisionEvents;
    @EJB private AuditTrail audit;

    @Inject private OriginationSettings settings;

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "SYSTEM"})
    public ApplicationView submit(SubmitApplication c) {
        return ApplicationViews.view(intake.create(c, caller()), em, settings.bankZone());
    }

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "SYSTEM"})
    public ApplicationView decide(long applicationId) {
        writeAtCommit();
        return ApplicationViews.view(
                decision.decide(load(applicationId), caller()), em, settings.bankZone());
    }

    /**
     * A decision reads many tables and writes only its own application: its writes go to the
     * database once, at commit, instead of being flushed before every read (one insert, not an
     * insert and an update).
     */
    private void writeAtCommit() {
        em.setFlushMode(FlushModeType.COMMIT);
    }

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "CORE_BANKING", "SYSTEM"})
    public ApplicationView decideAutomatically(SubmitApplication command, boolean acceptOffer) {
        writeAtCommit();
        String fingerprint = RequestFingerprint.of(caller(), command, acceptOffer);
        if (command.channelReference() != null) {
            List<LoanApplication> earlier =
                    em.createQuery(
                                    "select a from LoanApplication a where a.channel = :c "
                                            + "and a.channelReference = :r",
                                    LoanApplication.class)
                            .setParameter("c", command.channel())
                            .setParameter("r", command.channelReference())
                            .getResultList();
            if (!earlier.isEmpty()) {
                if (!earlier.get(0).madeBy(fingerprint)) {
                    throw new DecisionRefusedException("IDEMPOTENCY_KEY_REUSED");
                }
                // the same request again: the same answer
                return ApplicationViews.view(earlier.get(0), em, settings.bankZone());
            }
        }
        LoanApplication created = intake.create(command, caller());
        created.recordRequestFingerprint(fingerprint);
        if (command.channelReference() != null) {
            // Claim the key before any data-gateway query: a concurrent duplicate waits here on
            // the unique (channel, channel_reference) index and fails once this commits, having
            // queried nothing; its retry then finds this application.
            em.flush();
        }
        LoanApplication app = decision.decide(created, caller());
        if (acceptOffer && app.getStatus() == ApplicationStatus.APPROVED) {
            acceptance.accept(app, false, caller());
        }
        return ApplicationViews.view(app, em, settings.bankZone());
    }

    @Override
    @RolesAllowed("CREDIT_OFFICER")
    public ApplicationView review(ReviewReferral c) {
        LoanApplication app = load(c.applicationId());
        Instant now = clock.instant();
        try {
            app.reviewReferral(
                    caller(),
                    c.approve(),
                    c.note(),
                    LocalDate.ofInstant(now, settings.bankZone())
                            .plusDays(settings.offerValidityDays()),
                    now);
        } catch (ApprovalRefusal e) {
            throw new DecisionRefusedException(e.code(), e.arguments().toArray());
        } catch (ApplicationStateException e) {
            throw new DecisionRefusedException(e.code(), e.arguments().toArray()).because(e);
        } catch (FieldRefusal e) {
            throw new InvalidInputException(e.field(), e.code(), e.arguments().toArray());
        }
        decisionEvents.decided(app);
        audit.record(
                AuditEvent.coded(
                                "DECISION",
                                "APPLICATION",
                                app.getReference(),
                                "AUDIT_REFERRAL_REVIEWED",
                                app.getStatus(),
                                app.getBorrowerId())
                        .about(app.getBorrowerId()));
        return ApplicationViews.view(app, em, settings.bankZone());
    }

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "SYSTEM"})
    public ApplicationView acceptOffer(long applicationId) {
        LoanApplication app = load(applicationId);
        acceptance.accept(app, true, caller());
        audit.record(
                AuditEvent.coded(
                        "OFFER_ACCEPTED",
                        "BORROWER",
                        app.getBorrowerId(),
                        "AUDIT_OFFER_ACCEPTED",
                        app.getReference()));
        return ApplicationViews.view(app, em, settings.bankZone());
    }

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "SYSTEM"})
    public ApplicationView withdraw(long applicationId, String reason) {
        LoanApplication app = load(applicationId);
        try {
            app.withdraw(reason, clock.instant());
        } catch (ApplicationStateException e) {
            throw new DecisionRefusedException(e.code(), e.arguments().toArray()).because(e);
        } catch (FieldRefusal e) {
            throw new InvalidInputException(e.field(), e.code(), e.arguments().toArray());
        }
        return ApplicationViews.view(app, em, settings.bankZone());
    }

    @Override
    public Optional<ApplicationView> find(long applicationId) {
        return Optional.ofNullable(em.find(LoanApplication.class, applicationId))
                .map(a -> ApplicationViews.view(a, em, settings.bankZone()));
    }

    @Override
    public List<ApplicationSummary> referralQueue() {
        return summaries(
                "where a.status ="
                    + " com.microcredit.origination.domain.loan.ApplicationStatus.REFERRED order by"
                    + " a.submittedAt",
                null,
                500);
    }

    @Override
    public List<ApplicationSummary> ofBorrower(long borrowerId) {
        return summaries("where a.borrowerId = :b order by a.submittedAt desc", borrowerId, 200);
    }

    @Override
    public List<ApplicationSummary> recent(int maxResults) {
        return summaries(
                "order by a.submittedAt desc", null, Math.min(Math.max(maxResults, 1), 200));
    }

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    public PageResult<ApplicationSummary> applicationsPage(PageRequest request) {
        return pages.applications(request);
    }

    @Override
    @RolesAllowed({"CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    public PageResult<ApplicationSummary> referralsPage(PageRequest request) {
        return pages.referrals(request);
    }

    private List<ApplicationSummary> summaries(String tail, Long borrowerId, int max) {
        var q =
                em.createQuery(
                        "select a, b.name from LoanApplication a, Borrower b where b.id ="
                                + " a.borrowerId "
                                + (tail.startsWith("where") ? "and " + tail.substring(6) : tail),
                        Object[].class);
        if (borrowerId != null) {
            q.setParameter("b", borrowerId);
        }
        return q.setMaxResults(max).getResultList().stream()
                .map(r -> ApplicationViews.summary((LoanApplication) r[0], (String) r[1]))
                .toList();
    }

    private LoanApplication load(long id) {
        LoanApplication app = em.find(LoanApplication.class, id);
        if (app == null) {
            throw new InvalidInputException("applicationId", "UNKNOWN_REFERENCE");
        }
        return app;
    }

    private String caller() {
        String name =
                session.getCallerPrincipal() == null
                        ? null
                        : session.getCallerPrincipal().getName();
        return name == null
                        || name.isBlank()
                        || "UNAUTHENTICATED".equals(name)
                        || session.isCallerInRole("SYSTEM")
                ? SYSTEM_PREPARER
                : name;
    }
}
