package com.microcredit.origination.domain.recheck;

import com.microcredit.shared.domain.CodedText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Evaluates every condition again, in {@link RecheckCondition} order, each with what it found. The
 * acceptance goes ahead only when all hold ({@link #allHold}).
 */
public final class AcceptanceRecheck {

    /** Warning levels that stop money leaving. */
    static final Set<String> STOPPING_LEVELS = Set.of("RED", "ORANGE");

    /** Classifications that stop money leaving (non-performing). */
    static final Set<String> NON_PERFORMING = Set.of("SUBSTANDARD", "DOUBTFUL", "LOSS");

    private AcceptanceRecheck() {}

    public static List<RecheckResult> evaluate(RecheckFacts f) {
        List<RecheckResult> r = new ArrayList<>();
        r.add(offer(f));
        r.add(
                f.productActive()
                        ? RecheckResult.holds(
                                RecheckCondition.PRODUCT_ACTIVE,
                                CodedText.of("RECHECK_PRODUCT_OFFERED", f.productCode()))
                        : RecheckResult.fails(
                                RecheckCondition.PRODUCT_ACTIVE,
                                List.of(
                                        CodedText.of(
                                                "RECHECK_PRODUCT_WITHDRAWN", f.productCode()))));
        r.add(freshness(f));
        r.add(hubs(f));
        r.add(warnings(f));
        r.add(consent(f));
        r.add(
                f.blockedGroups().isEmpty()
                        ? RecheckResult.holds(
                                RecheckCondition.GROUP_RULES, CodedText.of("RECHECK_GROUPS_ACTIVE"))
                        : RecheckResult.fails(
                                RecheckCondition.GROUP_RULES,
                                f.blockedGroups().stream()
                                        .map(g -> CodedText.of("RECHECK_GROUP_BLOCKED", g))
                                        .toList()));
        r.add(
                f.worstCategory() == null
                        ? RecheckResult.holds(
                                RecheckCondition.CLASSIFICATION,
                                CodedText.of("RECHECK_CLASSIFICATION_NO_LIVE_LOAN"))
                        : !NON_PERFORMING.contains(f.worstCategory())
                                ? RecheckResult.holds(
                                        RecheckCondition.CLASSIFICATION,
                                        CodedText.of(
                                                "RECHECK_CLASSIFICATION_PERFORMING",
                                                f.worstCategory()))
                                : RecheckResult.fails(
                                        RecheckCondition.CLASSIFICATION,
                                        List.of(
                                                CodedText.of(
                                                        "RECHECK_CLASSIFICATION_NON_PERFORMING",
                                                        f.worstCategory()))));
        return List.copyOf(r);
    }

    /** Whether every condition holds. */
    public static boolean allHold(List<RecheckResult> results) {
        return results.stream().allMatch(RecheckResult::holds);
    }

    private static RecheckResult offer(RecheckFacts f) {
        if (f.offerExpiresOn() != null && f.today().isAfter(f.offerExpiresOn())) {
            return RecheckResult.fails(
                    RecheckCondition.OFFER_EXPIRY,
                    List.of(CodedText.of("RECHECK_OFFER_EXPIRED", f.offerExpiresOn())));
        }
        return RecheckResult.holds(
                RecheckCondition.OFFER_EXPIRY,
                CodedText.of(
                        "RECHECK_OFFER_OPEN",
                        f.offerExpiresOn() == null ? "-" : f.offerExpiresOn().toString()));
    }

    private static RecheckResult freshness(RecheckFacts f) {
        Duration age = Duration.between(f.decidedAt(), f.now());
        long days = Math.max(0, age.toDays());
        long window = f.evidenceWindow().toDays();
        return age.compareTo(f.evidenceWindow()) > 0
                ? RecheckResult.fails(
                        RecheckCondition.EVIDENCE_FRESHNESS,
                        List.of(CodedText.of("RECHECK_EVIDENCE_STALE", days, window)))
                : RecheckResult.holds(
                        RecheckCondition.EVIDENCE_FRESHNESS,
                        CodedText.of("RECHECK_EVIDENCE_FRESH", days, window));
    }

    /**
     * A DISTRESSED hub stops new lending to its whole chain, whatever the path; when the approval
     * relied on the supply chain, any hub no longer NORMAL stops it.
     */
    private static RecheckResult hubs(RecheckFacts f) {
        List<CodedText> stops = new ArrayList<>();
        for (RecheckFacts.Hub h : f.hubs()) {
            boolean stopped =
                    "DISTRESSED".equals(h.status())
                            || (f.reliedOnSupplyChain() && !"NORMAL".equals(h.status()));
            if (stopped) {
                stops.add(CodedText.of("RECHECK_HUB_NOT_LENDING", h.name(), h.status()));
            }
        }
        return stops.isEmpty()
                ? RecheckResult.holds(
                        RecheckCondition.HUB_STATUS,
                        CodedText.of("RECHECK_HUBS_LENDING", f.hubs().size()))
                : RecheckResult.fails(RecheckCondition.HUB_STATUS, stops);
    }

    private static RecheckResult warnings(RecheckFacts f) {
        List<CodedText> stops =
                f.warnings().stream()
                        .filter(w -> STOPPING_LEVELS.contains(w.level()))
                        .map(
                                w ->
                                        CodedText.of(
                                                warningCode(w),
                                                w.borrowerName(),
                                                w.indicator(),
                                                w.level()))
                        .toList();
        return stops.isEmpty()
                ? RecheckResult.holds(
                        RecheckCondition.OPEN_WARNINGS, CodedText.of("RECHECK_NO_OPEN_WARNING"))
                : RecheckResult.fails(RecheckCondition.OPEN_WARNINGS, stops);
    }

    private static String warningCode(RecheckFacts.Warning w) {
        return RecheckFacts.GROUP.equals(w.scope())
                ? "RECHECK_OPEN_WARNING_GROUP"
                : "RECHECK_OPEN_WARNING_BORROWER";
    }

    private static RecheckResult consent(RecheckFacts f) {
        List<CodedText> stops = new ArrayList<>();
        f.consentsRevokedSinceDecision()
                .forEach(id -> stops.add(CodedText.of("RECHECK_CONSENT_REVOKED", id)));
        if (f.reliedOnConsent() && !f.consentInForce()) {
            stops.add(CodedText.of("RECHECK_CONSENT_NOT_IN_FORCE"));
        }
        return stops.isEmpty()
                ? RecheckResult.holds(
                        RecheckCondition.CONSENT,
                        CodedText.of(
                                f.reliedOnConsent()
                                        ? "RECHECK_CONSENT_IN_FORCE"
                                        : "RECHECK_CONSENT_NOT_NEEDED"))
                : RecheckResult.fails(RecheckCondition.CONSENT, stops);
    }
}
