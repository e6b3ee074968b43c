package com.microcredit.web.supplychain;

import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.HubView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The hubs page: every hub with its health status and chain size. */
@Named
@ViewScoped
public class HubList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient HubService hubService;

    private List<HubView> hubs = List.of();
    private final Map<Long, Integer> chainSizes = new HashMap<>();

    @PostConstruct
    void load() {
        hubs = hubService.listHubs();
        hubs.forEach(h -> chainSizes.put(h.id(), hubService.chainOf(h.id()).size()));
    }

    public List<HubView> getHubs() {
        return hubs;
    }

    public int chainSize(long hubId) {
        return chainSizes.getOrDefault(hubId, 0);
    }
}
