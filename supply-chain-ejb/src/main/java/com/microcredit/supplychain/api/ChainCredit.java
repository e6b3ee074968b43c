package com.microcredit.supplychain.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * What supply-chain lending can support for a borrower: for every hub whose chain it belongs to,
 * the hub's health, the verified trade with the hub and the member limit that trade supports. Loan
 * origination's supply-chain path reads this.
 */
@Local
public interface ChainCredit {

    List<MemberStanding> standingOf(long borrowerId);

    /** Records a trade with the hub (order, invoice or payment); hubConfirmed marks it verified. */
    TradeView recordTrade(RecordTrade command);
}
