package com.microcredit.supplychain.api;

import jakarta.ejb.Local;
import java.util.List;

/** Hub enterprises and their supply chains. */
@Local
public interface HubService {

    /**
     * Onboards a hub and defines its chain exposure limit in the portfolio module, in one
     * transaction: if the limit cannot be defined, the hub is not onboarded either.
     */
    HubView onboardHub(OnboardHub command);

    ChainMemberView addChainMember(AddChainMember command);

    List<HubView> listHubs();

    List<ChainMemberView> chainOf(long hubId);

    /** The hub and its members with their standing and live exposure, for the chain view. */
    ChainGraphView chainGraph(long hubId);
}
