package com.microcredit.origination.domain.authority;

import com.microcredit.shared.domain.FieldRefusal;

/**
 * The credit committee's standing rules (贷审会议事规则): the quorum of eligible members present and the
 * share of them that must vote for a case to pass (starting policy, domain guide §9: at least five,
 * two thirds). Members with a conflict of interest neither vote nor count towards the quorum.
 *
 * @param quorum the fewest eligible members present for the sitting to decide (at least 3)
 * @param passNumerator numerator of the passing share of eligible members present
 * @param passDenominator its denominator; the share is above one half and at most one
 */
public record CommitteeRules(int quorum, int passNumerator, int passDenominator) {

    /** Five members, two thirds. */
    public static final CommitteeRules STANDARD = new CommitteeRules(5, 2, 3);

    public CommitteeRules {
        if (quorum < 3 || quorum > 50) {
            throw new FieldRefusal("quorum", "OUT_OF_RANGE", 3, 50);
        }
        if (passDenominator < 1
                || passNumerator > passDenominator
                || 2 * passNumerator <= passDenominator) {
            throw new FieldRefusal("passShare", "PASS_SHARE_INVALID");
        }
    }

    /** Whether {@code votesFor} of {@code eligible} members present pass a case. */
    public boolean passes(int votesFor, int eligible) {
        return eligible >= quorum
                && (long) votesFor * passDenominator >= (long) passNumerator * eligible;
    }
}
