package com.microcredit.origination.domain.recheck;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What is true at the moment of acceptance, gathered by the application layer in the accepting
 * transaction.
 *
 * @param today the business date in the bank's zone
 * @param now the instant of the re-check
 * @param offerExpiresOn the last day the offer may be accepted (null: no expiry)
 * @param productCode the product
 * @param productActive whether the product is still offered
 * @param decidedAt when the evidence was gathered (the automated decision)
 * @param evidenceWindow how old the evidence may be
 * @param reliedOnSupplyChain whether the approval relied on the supply-chain path
 * @param reliedOnConsent whether it relied on data obtained under the borrower's consent
 * @param hubs the hubs whose chains the borrower belongs to
 * @param warnings open warnings on the borrower, its group's members and its chain's hubs
 * @param consentInForce whether a credit-assessment consent is in force today
 * @param consentsRevokedSinceDecision consent ids revoked since the decision
 * @param blockedGroups the borrower's joint-liability groups that are blocked
 * @param worstCategory the worst classification of the borrower's live loans (null: none)
 */
public record RecheckFacts(
        LocalDate today,
        Instant now,
        LocalDate offerExpiresOn,
        String productCode,
        boolean productActive,
        Instant decidedAt,
        Duration evidenceWindow,
        boolean reliedOnSupplyChain,
        boolean reliedOnConsent,
        List<Hub> hubs,
        List<Warning> warnings,
        boolean consentInForce,
        List<Long> consentsRevokedSinceDecision,
        List<String> blockedGroups,
        String worstCategory) {

    /** Scope of a warning on the borrower itself. */
    public static final String BORROWER = "BORROWER";

    /** Scope of a warning on another member of one of the borrower's joint-liability groups. */
    public static final String GROUP = "GROUP";

    /** A hub of the borrower's chain and its status (NORMAL, WATCH, DISTRESSED). */
    public record Hub(long hubId, String name, String status) {}

    /**
     * An open warning: on whom ({@code BORROWER}, or {@code GROUP} for another member of one of its
     * joint-liability groups), the borrower it is on (id and name), the indicator and the level.
     */
    public record Warning(
            String scope, long borrowerId, String borrowerName, String indicator, String level) {}

    public RecheckFacts {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(evidenceWindow, "evidenceWindow");
        hubs = List.copyOf(hubs);
        warnings = List.copyOf(warnings);
        consentsRevokedSinceDecision = List.copyOf(consentsRevokedSinceDecision);
        blockedGroups = List.copyOf(blockedGroups);
    }
}
