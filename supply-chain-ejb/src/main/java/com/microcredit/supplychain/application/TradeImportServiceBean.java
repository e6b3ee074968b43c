package com.microcredit.supplychain.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.shared.domain.CodedText;
import com.microcredit.supplychain.api.ImportReport;
import com.microcredit.supplychain.api.ImportTrades;
import com.microcredit.supplychain.api.RejectedRowView;
import com.microcredit.supplychain.api.SupplyChainRefusedException;
import com.microcredit.supplychain.api.TradeImportService;
import com.microcredit.supplychain.domain.hub.HubEnterprise;
import com.microcredit.supplychain.domain.trade.RejectedRow;
import com.microcredit.supplychain.domain.trade.TradeImport;
import com.microcredit.supplychain.domain.trade.TradeImportRejection;
import com.microcredit.supplychain.domain.trade.TradeImportRules;
import com.microcredit.supplychain.domain.trade.TradeRow;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One trade file = one transaction: read, check every row, then either record every row or none (a
 * refused file keeps only its record and the rejected rows). The rows of an accepted file are
 * written in this transaction through the port {@link TradeRowWriter} (plain JDBC batches). The
 * hub's row is locked for the file, so two files of one hub never pass the duplicate check side by
 * side.
 */
@Stateless
@RolesAllowed({"CREDIT_OFFICER", "RISK_MANAGER"})
public class TradeImportServiceBean implements TradeImportService {

    @Inject @BankZone private ZoneId bankZone;

    /** Rejected rows kept and reported (the count is always complete). */
    private static final int REPORTED_REJECTIONS = 1000;

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private SupplyChainSettings settings;

    @Inject private TradeFiles files;

    @Inject private TradeRowWriter rows;

    @Resource private SessionContext context;

    @EJB private AuditTrail audit;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ImportReport importTrades(ImportTrades c) {
        HubEnterprise hub = em.find(HubEnterprise.class, c.hubId(), LockModeType.PESSIMISTIC_WRITE);
        if (hub == null) {
            throw new SupplyChainRefusedException(null, "NOT_FOUND", "HUB", c.hubId());
        }
        String format =
                c.format() == null ? "?" : c.format().strip().toUpperCase(java.util.Locale.ROOT);
        List<TradeRow> read;
        try {
            read = files.read(format, c.content(), settings.importMaxRows());
        } catch (UnreadableFileException e) {
            return refused(
                    hub.getId(),
                    c.fileName(),
                    format,
                    0,
                    List.of(new RejectedRow(e.line(), null, List.of(e.reason()))));
        }
        TradeImportRules.ImportCheck check = rules(hub.getId()).check(read);
        if (!check.importable()) {
            List<RejectedRow> rejected =
                    check.rejected().isEmpty()
                            ? List.of(
                                    new RejectedRow(
                                            0,
                                            null,
                                            List.of(CodedText.of("TRADE_FILE_NO_ROWS").stored())))
                            : check.rejected();
            return refused(hub.getId(), c.fileName(), format, read.size(), rejected);
        }
        TradeImport record =
                new TradeImport(
                        hub.getId(),
                        c.fileName(),
                        format,
                        read.size(),
                        0,
                        caller(),
                        clock.instant());
        em.persist(record);
        em.flush();
        long importId = record.getId();
        int n = rows.insert(hub.getId(), check.accepted());
        audit.record(
                AuditEvent.coded(
                        "TRADE_IMPORT",
                        "TRADE_IMPORT",
                        importId,
                        "AUDIT_TRADE_IMPORTED",
                        hub.getId(),
                        record.getFileName(),
                        format,
                        n,
                        read.size()));
        return new ImportReport(
                importId,
                c.hubId(),
                record.getFileName(),
                TradeImport.IMPORTED,
                read.size(),
                n,
                List.of());
    }

    private ImportReport refused(
            long hubId, String fileName, String format, int total, List<RejectedRow> rejected) {
        TradeImport record =
                new TradeImport(
                        hubId, fileName, format, total, rejected.size(), caller(), clock.instant());
        em.persist(record);
        em.flush();
        List<RejectedRow> kept =
                rejected.subList(0, Math.min(rejected.size(), REPORTED_REJECTIONS));
        kept.forEach(r -> em.persist(new TradeImportRejection(record.getId(), r)));
        audit.record(
                AuditEvent.coded(
                        "TRADE_IMPORT",
                        "TRADE_IMPORT",
                        record.getId(),
                        "AUDIT_TRADE_REFUSED",
                        hubId,
                        record.getFileName(),
                        format,
                        rejected.size(),
                        total));
        return new ImportReport(
                record.getId(),
                hubId,
                record.getFileName(),
                TradeImport.REFUSED,
                total,
                0,
                kept.stream()
                        .map(r -> new RejectedRowView(r.line(), r.documentNumber(), r.reasons()))
                        .toList());
    }

    private TradeImportRules rules(long hubId) {
        Map<Long, LocalDate> members = new HashMap<>();
        em.createQuery(
                        "select m.borrowerId, m.tradingSince from ChainMember m where m.hubId = :h",
                        Object[].class)
                .setParameter("h", hubId)
                .getResultList()
                .forEach(r -> members.put((Long) r[0], (LocalDate) r[1]));
        Set<String> recorded = new HashSet<>();
        em.createQuery(
                        "select t.kind, t.documentNumber from TradeRecord t where t.hubId = :h",
                        Object[].class)
                .setParameter("h", hubId)
                .getResultList()
                .forEach(r -> recorded.add(r[0] + ":" + r[1]));
        return new TradeImportRules(
                members,
                recorded::contains,
                settings.importCurrencies(),
                settings.importMaxAmount(),
                LocalDate.now(bankZone));
    }

    private String caller() {
        return context.getCallerPrincipal() == null
                ? "system"
                : context.getCallerPrincipal().getName();
    }
}
