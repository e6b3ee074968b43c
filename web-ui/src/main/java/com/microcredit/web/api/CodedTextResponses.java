package com.microcredit.web.api;

import com.microcredit.origination.api.ApplicationView;
import com.microcredit.origination.api.DecisionView;
import com.microcredit.origination.api.PathResultView;
import com.microcredit.origination.api.RecheckView;
import com.microcredit.supplychain.api.HubView;
import com.microcredit.supplychain.api.ImportReport;
import com.microcredit.supplychain.api.RejectedRowView;
import com.microcredit.supplychain.api.StatusChangeView;
import com.microcredit.web.shell.CodedTexts;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * Renders the coded texts of API answers (ADR 0027) in the caller's language (Accept-Language,
 * Chinese by default): a decision's path evidence, a trade file's row reasons, a hub's status
 * reason and a status change's reason. The services answer with the stored form; the API, like the
 * pages, never sends it raw.
 */
@Provider
public class CodedTextResponses implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return;
        }
        Locale locale = ApiLanguage.of(request.getHeaderString("Accept-Language"));
        Object rendered = render(entity, locale);
        if (rendered != entity) {
            response.setEntity(rendered);
        }
    }

    static Object render(Object entity, Locale locale) {
        if (entity instanceof ApplicationView a
                && (a.decision() != null || !a.rechecks().isEmpty())) {
            return application(a, locale);
        }
        if (entity instanceof ImportReport r && !r.rejected().isEmpty()) {
            return new ImportReport(
                    r.importId(),
                    r.hubId(),
                    r.fileName(),
                    r.outcome(),
                    r.rowsTotal(),
                    r.rowsImported(),
                    r.rejected().stream()
                            .map(
                                    x ->
                                            new RejectedRowView(
                                                    x.line(),
                                                    x.documentNumber(),
                                                    x.reasons().stream()
                                                            .map(t -> CodedTexts.render(locale, t))
                                                            .toList()))
                            .toList());
        }
        if (entity instanceof StatusChangeView c) {
            return new StatusChangeView(
                    c.id(),
                    c.hubId(),
                    c.hubName(),
                    c.fromStatus(),
                    c.toStatus(),
                    c.source(),
                    c.state(),
                    CodedTexts.render(locale, c.reason()),
                    c.proposedBy(),
                    c.proposedAt(),
                    c.decidedBy(),
                    c.decidedAt(),
                    c.decisionNote());
        }
        if (entity instanceof HubView h && h.statusReason() != null) {
            return new HubView(
                    h.id(),
                    h.name(),
                    h.maskedCreditCode(),
                    h.industryCode(),
                    h.status(),
                    CodedTexts.render(locale, h.statusReason()),
                    h.statusChangedAt(),
                    h.supportsNewLending());
        }
        return entity;
    }

    private static ApplicationView application(ApplicationView a, Locale locale) {
        return new ApplicationView(
                a.id(),
                a.reference(),
                a.borrowerId(),
                a.borrowerName(),
                a.productCode(),
                a.amount(),
                a.currency(),
                a.termMonths(),
                a.repaymentMethod(),
                a.purpose(),
                a.channel(),
                a.status(),
                a.preparedBy(),
                a.submittedAt(),
                a.decision() == null ? null : decision(a.decision(), locale),
                a.pricing(),
                a.offerExpiresOn(),
                a.acceptedAt(),
                a.exposureReference(),
                a.schedule(),
                a.indicativeSchedule(),
                a.withdrawalReason(),
                rechecks(a, locale));
    }

    private static DecisionView decision(DecisionView d, Locale locale) {
        List<PathResultView> paths =
                d.paths().stream()
                        .map(
                                p ->
                                        new PathResultView(
                                                p.path(),
                                                p.status(),
                                                p.reasonCode(),
                                                CodedTexts.render(locale, p.evidence())))
                        .toList();
        return new DecisionView(
                d.outcome(),
                d.decidingRule(),
                d.reasonCodes(),
                d.pathsUsed(),
                paths,
                d.automaticOutcome(),
                d.decidedAt(),
                d.reviewedBy(),
                d.reviewNote(),
                d.reviewedAt(),
                d.score(),
                d.probabilityOfDefault());
    }

    private static List<RecheckView> rechecks(ApplicationView a, Locale locale) {
        return a.rechecks().stream()
                .map(
                        r ->
                                new RecheckView(
                                        r.checkedAt(),
                                        r.checkedBy(),
                                        r.condition(),
                                        r.holds(),
                                        CodedTexts.render(locale, r.findings())))
                .toList();
    }
}
