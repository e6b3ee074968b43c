package com.microcredit.web.supplychain;

import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.supplychain.api.ChainGraphView;
import com.microcredit.supplychain.api.ChainNodeView;
import com.microcredit.supplychain.api.HubHealthService;
import com.microcredit.supplychain.api.StatusChangeView;
import com.microcredit.supplychain.api.SupplyChainRefusedException;
import com.microcredit.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain view: the hub and its members as a graph (inline SVG: suppliers upstream above the hub,
 * distributors downstream below; a member's colour is its standing, the edge's width its exposure
 * in the chain), the members' table and the hub's status history.
 */
@Named
@ViewScoped
public class ChainView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    private static final int CX = WIDTH / 2;
    private static final int CY = HEIGHT / 2;
    private static final int RADIUS = 210;

    /** A member as drawn: position, label and figures. */
    public record Node(
            ChainNodeView member, String name, int x, int y, int labelY, double edgeWidth) {

        public String state() {
            return member.openLoans() > 0 && !member.eligible()
                    ? "atrisk"
                    : member.eligible() ? "eligible" : "ineligible";
        }
    }

    @EJB private transient com.microcredit.supplychain.api.HubService hubs;
    @EJB private transient HubHealthService health;
    @EJB private transient BorrowerService borrowers;

    private Long hubId;
    private ChainGraphView graph;
    private List<Node> nodes = List.of();
    private List<StatusChangeView> history = List.of();

    public void load() {
        if (hubId == null) {
            Messages.pageError(Messages.text("chain.noHub"));
            return;
        }
        try {
            graph = hubs.chainGraph(hubId);
            history = health.history(hubId);
            nodes = layout(graph.members());
        } catch (SupplyChainRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        }
    }

    private List<Node> layout(List<ChainNodeView> members) {
        List<ChainNodeView> up = members.stream().filter(m -> "SUPPLIER".equals(m.role())).toList();
        List<ChainNodeView> down =
                members.stream().filter(m -> !"SUPPLIER".equals(m.role())).toList();
        BigDecimal largest =
                members.stream()
                        .map(ChainNodeView::chainExposure)
                        .reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Node> out = new ArrayList<>();
        place(up, 200, 340, largest, out);
        place(down, 20, 160, largest, out);
        return out;
    }

    /**
     * Spreads members evenly over an arc (degrees, clockwise from 3 o'clock: 200–340 is above the
     * hub).
     */
    private void place(
            List<ChainNodeView> members,
            double from,
            double to,
            BigDecimal largest,
            List<Node> out) {
        int n = members.size();
        for (int i = 0; i < n; i++) {
            double degrees = n == 1 ? (from + to) / 2 : from + (to - from) * i / (n - 1);
            double radians = Math.toRadians(degrees);
            int x = (int) Math.round(CX + RADIUS * Math.cos(radians));
            int y = (int) Math.round(CY + RADIUS * Math.sin(radians));
            ChainNodeView m = members.get(i);
            double width =
                    largest.signum() == 0
                            ? 1.5
                            : 1.5
                                    + 8.5
                                            * m.chainExposure().doubleValue()
                                            / largest.doubleValue(); // drawing only, not money
            String name =
                    borrowers
                            .find(m.borrowerId())
                            .map(BorrowerView::name)
                            .orElse("#" + m.borrowerId());
            out.add(new Node(m, name, x, y, y < CY ? y - 36 : y + 46, width));
        }
    }

    public int getCx() {
        return CX;
    }

    public int getCy() {
        return CY;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public Long getHubId() {
        return hubId;
    }

    public void setHubId(Long hubId) {
        this.hubId = hubId;
    }

    public ChainGraphView getGraph() {
        return graph;
    }

    public List<Node> getNodes() {
        return nodes;
    }

    public List<StatusChangeView> getHistory() {
        return history;
    }
}
