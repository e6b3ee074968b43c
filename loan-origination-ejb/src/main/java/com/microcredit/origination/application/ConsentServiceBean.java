package com.microcredit.origination.application;

import com.microcredit.origination.api.ConsentService;
import com.microcredit.origination.api.ConsentView;
import com.microcredit.origination.api.DataQueryView;
import com.microcredit.origination.api.EvidenceView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.RecordConsent;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.consent.DataConsent;
import com.microcredit.origination.domain.consent.DataQuery;
import com.microcredit.origination.domain.scoring.AlternativeDatum;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.Observation;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.shared.domain.CodedText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "SYSTEM"
})
public class ConsentServiceBean implements ConsentService {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Resource private SessionContext session;

    @Inject private OriginationSettings settings;

    @EJB private AuditTrail audit;

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "SYSTEM"})
    public ConsentView record(RecordConsent c) {
        if (em.find(Borrower.class, c.borrowerId()) == null) {
            throw new InvalidInputException("borrowerId", "UNKNOWN_REFERENCE");
        }
        ConsentPurpose purpose;
        try {
            purpose = ConsentPurpose.valueOf(c.purpose());
        } catch (RuntimeException e) {
            throw new InvalidInputException(
                    "purpose", "NOT_ONE_OF", "CREDIT_ASSESSMENT, POST_LOAN_MONITORING");
        }
        Set<DataSource> sources = EnumSet.noneOf(DataSource.class);
        for (String s : c.sources() == null ? List.<String>of() : c.sources()) {
            try {
                sources.add(DataSource.valueOf(s));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        "sources",
                        "NOT_ONE_OF",
                        String.join(
                                ", ",
                                EnumSet.allOf(DataSource.class).stream().map(Enum::name).toList()));
            }
        }
        DataConsent consent;
        try {
            consent =
                    new DataConsent(
                            c.borrowerId(),
                            purpose,
                            sources,
                            c.expiresOn(),
                            c.evidenceReference(),
                            session.getCallerPrincipal().getName(),
                            clock.instant(),
                            today());
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw (m.contains("source")
                            ? new InvalidInputException("sources", "CONSENT_SOURCES")
                            : m.contains("expir") || m.contains("years")
                                    ? new InvalidInputException("expiresOn", "CONSENT_EXPIRY", 3)
                                    : new InvalidInputException("evidenceReference", "REQUIRED"))
                    .because(e);
        }
        em.persist(consent);
        em.flush();
        audited("CONSENT_RECORDED", consent);
        return view(consent);
    }

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "SYSTEM"})
    public ConsentView revoke(long consentId, String reason) {
        DataConsent consent = em.find(DataConsent.class, consentId);
        if (consent == null) {
            throw new InvalidInputException("consentId", "UNKNOWN_REFERENCE");
        }
        try {
            consent.revoke(reason, clock.instant());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw (e instanceof IllegalStateException
                            ? new InvalidInputException("consentId", "CONSENT_ALREADY_REVOKED")
                            : new InvalidInputException("reason", "REQUIRED"))
                    .because(e);
        }
        forgetAnswersObtainedUnder(consent);
        audited("CONSENT_REVOKED", consent);
        return view(consent);
    }

    /** The consent's purpose and sources, as codes (issue 26). */
    private void audited(String action, DataConsent consent) {
        audit.record(
                AuditEvent.coded(
                        action,
                        "BORROWER",
                        consent.getBorrowerId(),
                        "AUDIT_CONSENT",
                        consent.getId(),
                        consent.getPurpose(),
                        consent.getSources().stream()
                                .map(Enum::name)
                                .sorted()
                                .collect(Collectors.joining(", "))));
    }

    /**
     * The gateway's cached answers for the consent's sources, obtained since it was granted, go
     * with it: a revoked consent leaves no borrower data behind that was fetched on its strength.
     * An answer of the same source may also have been covered by another consent of the borrower;
     * it is deleted all the same (the next query asks again, under a consent still valid).
     */
    private void forgetAnswersObtainedUnder(DataConsent consent) {
        em.createQuery(
                        "delete from CachedResponse r where r.borrowerId = :b and r.source in :s"
                                + " and r.fetchedAt >= :granted")
                .setParameter("b", consent.getBorrowerId())
                .setParameter("s", consent.getSources())
                .setParameter("granted", consent.getGrantedAt())
                .executeUpdate();
    }

    @Override
    public List<ConsentView> consentsOf(long borrowerId) {
        return em
                .createQuery(
                        "select c from DataConsent c where c.borrowerId = :b order by c.grantedAt"
                                + " desc",
                        DataConsent.class)
                .setParameter("b", borrowerId)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    @Override
    public List<DataQueryView> queriesOf(long borrowerId, int maxResults) {
        return em
                .createQuery(
                        "select q from DataQuery q where q.borrowerId = :b order by q.queriedAt"
                                + " desc, q.id desc",
                        DataQuery.class)
                .setParameter("b", borrowerId)
                .setMaxResults(Math.min(Math.max(maxResults, 1), 1000))
                .getResultList()
                .stream()
                .map(ConsentServiceBean::view)
                .toList();
    }

    @Override
    public List<DataQueryView> queriesOfCase(String reference) {
        return em
                .createQuery(
                        "select q from DataQuery q where q.reference = :r order by q.source, q.id",
                        DataQuery.class)
                .setParameter("r", reference)
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(ConsentServiceBean::view)
                .toList();
    }

    private static DataQueryView view(DataQuery q) {
        return new DataQueryView(
                q.getId(),
                q.getQueriedAt(),
                q.getStaffLogin(),
                q.getBorrowerId(),
                q.getSource().name(),
                q.getPurpose().name(),
                q.getOutcome().name(),
                q.getReason(),
                q.getCost(),
                q.getReference(),
                q.getAdapter(),
                q.getReasonCode(),
                q.getProvider(),
                q.getCostRule(),
                q.getRequestId(),
                q.getAttempts(),
                q.getLatencyMs(),
                q.getProviderRecords(),
                q.getAsOf());
    }

    @Override
    public List<EvidenceView> evidenceOf(long borrowerId) {
        LocalDate today = today();
        List<DataConsent> consents =
                em.createQuery(
                                "select c from DataConsent c where c.borrowerId = :b",
                                DataConsent.class)
                        .setParameter("b", borrowerId)
                        .getResultList();
        Map<DataSource, List<Observation>> held =
                em
                        .createQuery(
                                "select d from AlternativeDatum d where d.borrowerId = :b",
                                AlternativeDatum.class)
                        .setParameter("b", borrowerId)
                        .getResultList()
                        .stream()
                        .map(AlternativeDatum::observation)
                        .collect(Collectors.groupingBy(Observation::source));
        List<EvidenceView> result = new ArrayList<>();
        for (DataSource s : DataSource.observational()) {
            String status =
                    consents.stream()
                            .filter(c -> c.getSources().contains(s))
                            .map(c -> c.statusOn(today))
                            .min(Enum::compareTo)
                            .map(Enum::name)
                            .orElse("NONE");
            List<Observation> obs = held.getOrDefault(s, List.of());
            TreeSet<LocalDate> months =
                    obs.stream()
                            .map(Observation::period)
                            .collect(Collectors.toCollection(TreeSet::new));
            String summary =
                    (!"VALID".equals(status)
                                    ? CodedText.of("EVIDENCE_CONSENT_REQUIRED")
                                    : obs.isEmpty()
                                            ? CodedText.of("EVIDENCE_NO_DATA")
                                            : CodedText.of("EVIDENCE_MONTHS", months.size(), s))
                            .stored();
            result.add(
                    new EvidenceView(
                            s.name(),
                            status,
                            "VALID".equals(status) ? months.size() : 0,
                            "VALID".equals(status) && !months.isEmpty() ? months.last() : null,
                            summary));
        }
        return result;
    }

    private ConsentView view(DataConsent c) {
        return new ConsentView(
                c.getId(),
                c.getBorrowerId(),
                c.getPurpose().name(),
                c.getSources().stream().sorted().map(Enum::name).toList(),
                c.getGrantedAt(),
                c.getRecordedBy(),
                c.getExpiresOn(),
                c.getEvidenceReference(),
                c.statusOn(today()).name(),
                c.getRevokedAt(),
                c.getRevocationReason());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.bankZone()));
    }
}
