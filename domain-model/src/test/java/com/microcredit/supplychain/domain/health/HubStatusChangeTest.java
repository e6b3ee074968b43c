package com.microcredit.supplychain.domain.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.UnifiedSocialCreditCode;
import com.microcredit.shared.domain.approval.ApprovalRefusal;
import com.microcredit.shared.domain.approval.ApprovalState;
import com.microcredit.supplychain.domain.hub.HubEnterprise;
import com.microcredit.supplychain.domain.hub.HubStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HubStatusChangeTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
    private final HubEnterprise hub =
            new HubEnterprise(
                    "Hub", UnifiedSocialCreditCode.parse("91350100M000100Y43"), "C13", T0);
    private final HubHealthPolicy policy = HubHealthPolicy.defaults();

    @Test
    void indicatorsWorseThanTheStatusDowngradeTheHubAtOnce() {
        HubStatusChange change =
                HubStatusChange.fromIndicators(
                        hub,
                        policy.assess(HubHealthPolicyTest.indicators("0.35", "0", 0, 0)),
                        7L,
                        "feed",
                        T0);
        assertEquals(HubStatus.DISTRESSED, hub.getStatus());
        assertEquals(ApprovalState.APPLIED, change.approval().state());
        assertEquals(StatusChangeSource.INDICATORS, change.getSource());
        assertTrue(change.isDowngrade());
        assertTrue(hub.getStatusReason().contains("LATE_PAYMENTS"), hub.getStatusReason());
    }

    @Test
    void indicatorsNeverUpgradeAHub() {
        HubStatusChange.fromIndicators(
                hub,
                policy.assess(HubHealthPolicyTest.indicators("0", "0", 1, 0)),
                null,
                "feed",
                T0);
        assertEquals(HubStatus.WATCH, hub.getStatus());
        assertNull(
                HubStatusChange.fromIndicators(
                        hub,
                        policy.assess(HubHealthPolicyTest.indicators("0", "0", 0, 0)),
                        null,
                        "feed",
                        T0.plusSeconds(60)));
        assertEquals(
                HubStatus.WATCH, hub.getStatus(), "clean indicators leave the upgrade to people");
    }

    @Test
    void aManualChangeAppliesOnlyWhenASecondPersonApproves() {
        HubStatusChange change =
                HubStatusChange.propose(
                        hub, HubStatus.WATCH, "Press reports on unpaid suppliers", "risk", T0);
        assertEquals(HubStatus.NORMAL, hub.getStatus(), "a proposal changes nothing");
        change.approve(hub, "risk2", "checked", T0.plusSeconds(60));
        assertEquals(HubStatus.WATCH, hub.getStatus());
        assertEquals(ApprovalState.APPLIED, change.approval().state());
        assertEquals("risk2", change.approval().checker());
    }

    @Test
    void theMakerCannotApproveTheirOwnChange() {
        HubStatusChange change =
                HubStatusChange.propose(hub, HubStatus.DISTRESSED, "Court freeze", "risk", T0);
        ApprovalRefusal e =
                assertThrows(ApprovalRefusal.class, () -> change.approve(hub, "Risk ", null, T0));
        assertEquals(ApprovalRefusal.SAME_PERSON, e.code());
        assertEquals(HubStatus.NORMAL, hub.getStatus());
        assertTrue(change.isPending());
    }

    @Test
    void aManualChangeNeedsAReasonAndANewStatus() {
        assertThrows(
                FieldRefusal.class,
                () -> HubStatusChange.propose(hub, HubStatus.WATCH, " ", "risk", T0));
        assertEquals(
                ApprovalRefusal.NO_CHANGE,
                assertThrows(
                                ApprovalRefusal.class,
                                () ->
                                        HubStatusChange.propose(
                                                hub, HubStatus.NORMAL, "why", "risk", T0))
                        .code());
    }

    @Test
    void aDecidedChangeStaysDecided() {
        HubStatusChange change =
                HubStatusChange.propose(hub, HubStatus.WATCH, "reason", "risk", T0);
        change.reject("risk2", "not convinced", T0);
        assertEquals(ApprovalState.REJECTED, change.approval().state());
        assertEquals(
                ApprovalRefusal.ALREADY_DECIDED,
                assertThrows(ApprovalRefusal.class, () -> change.approve(hub, "risk2", null, T0))
                        .code());
        assertEquals(HubStatus.NORMAL, hub.getStatus());
    }

    @Test
    void anApprovalIsRefusedWhenTheHubMovedSinceTheProposal() {
        HubStatusChange upgrade =
                HubStatusChange.propose(hub, HubStatus.WATCH, "reason", "risk", T0);
        HubStatusChange.fromIndicators(
                hub,
                policy.assess(HubHealthPolicyTest.indicators("0", "0", 0, 2)),
                null,
                "feed",
                T0);
        ApprovalRefusal stale =
                assertThrows(ApprovalRefusal.class, () -> upgrade.approve(hub, "risk2", null, T0));
        assertEquals(ApprovalRefusal.STALE, stale.code());
        assertEquals(java.util.List.of("NORMAL", "DISTRESSED"), stale.arguments());
        assertEquals(HubStatus.DISTRESSED, hub.getStatus());
    }
}
