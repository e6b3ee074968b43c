package com.microcredit.web.supplychain;

import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.HubView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The hubs page: every hub with its health status and chain size. */
@Named
@ViewScoped
public class HubList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient HubService hubService;

    private List<HubView> hubs = List.of();

    @PostConstruct
    void load() {
        hubs = hubService.listHubs();
    }

    public List<HubView> getHubs() {
        return hubs;
    }

    public int chainSize(long hubId) {
        return hubService.chainOf(hubId).size();
    }
}
