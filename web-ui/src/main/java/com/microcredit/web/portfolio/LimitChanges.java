package com.microcredit.web.portfolio;

import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.LimitChangeService;
import com.microcredit.portfolio.api.LimitChangeView;
import com.microcredit.portfolio.api.LimitRefusedException;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LimitView;
import com.microcredit.portfolio.api.ProposeLimitChange;
import com.microcredit.web.lists.LazyList;
import com.microcredit.web.lists.OperationsLists;
import com.microcredit.web.lists.PageExport;
import com.microcredit.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The limits page: every limit with its utilisation, the proposal form, the changes waiting for a
 * second risk manager, and the history of decided changes (before and after).
 */
@Named
@ViewScoped
public class LimitChanges implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "proposal:";

    @EJB private transient LimitService limits;
    @EJB private transient LimitChangeService changes;

    private List<LimitView> limitViews = List.of();
    private List<LimitChangeView> pending = List.of();
    private transient LazyList<LimitChangeView> history;

    @Inject private OperationsLists catalog;
    @Inject private PageExport export;
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<LimitType, List<String>> targets = new HashMap<>();

    private LimitType type = LimitType.PRODUCT;
    private String key;
    private BigDecimal amount;
    private String reason;

    @PostConstruct
    void load() {
        limitViews = limits.listAll();
        pending = changes.pending();
        targets.clear();
    }

    public void propose() {
        boolean ok = true;
        if (key == null || key.isBlank()) {
            Messages.fieldError(FORM + "key", Messages.text("limits.key.required"));
            ok = false;
        }
        if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
            Messages.fieldError(FORM + "amount", Messages.text("limits.amount.invalid"));
            ok = false;
        }
        if (reason == null || reason.isBlank()) {
            Messages.fieldError(FORM + "reason", Messages.text("limits.reason.required"));
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            LimitChangeView proposed =
                    changes.propose(
                            new ProposeLimitChange(type, key.strip(), amount, "CNY", reason));
            Messages.pageInfo(Messages.text("limits.proposed", proposed.id()));
            key = null;
            amount = null;
            reason = null;
            load();
        } catch (ChangeRefusedException e) {
            if ("key".equals(e.field())) {
                // next to the key select, which the summary names by its label
                Messages.fieldError(FORM + "key", Messages.refusal(e));
            } else {
                Messages.fieldError(FORM + "amount", Messages.refusal(e));
            }
        } catch (LimitRefusedException e) {
            Messages.fieldError(FORM + "amount", e.getMessage());
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    public void approve(long changeId) {
        decide(changeId, true);
    }

    public void reject(long changeId) {
        decide(changeId, false);
    }

    private void decide(long changeId, boolean approve) {
        try {
            LimitChangeView decided =
                    approve
                            ? changes.approve(changeId, notes.get(changeId))
                            : changes.reject(changeId, notes.get(changeId));
            Messages.pageInfo(Messages.text("limits.decided." + decided.status(), decided.id()));
            load();
        } catch (ChangeRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (LimitRefusedException e) {
            Messages.pageError(e.getMessage());
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    public LimitType[] getTypes() {
        return LimitType.values();
    }

    /**
     * The targets a limit of the chosen type can name (the key select); a new type empties the key.
     */
    public List<String> getTargets() {
        return type == null ? List.of() : targets.computeIfAbsent(type, changes::targets);
    }

    public void typeChanged() {
        key = null;
    }

    public List<LimitView> getLimitViews() {
        return limitViews;
    }

    public List<LimitChangeView> getPending() {
        return pending;
    }

    /** The decided changes, a page at a time on the server, newest first (issue 26). */
    public LazyList<LimitChangeView> getHistory() {
        if (history == null) {
            history = new LazyList<>(catalog.limitHistory(), Map::of);
        }
        return history;
    }

    public void exportHistory() throws java.io.IOException {
        export.csv(getHistory());
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public LimitType getType() {
        return type;
    }

    public void setType(LimitType type) {
        this.type = type;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
