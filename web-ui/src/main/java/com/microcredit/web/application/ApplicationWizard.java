package com.microcredit.web.application;

import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.ApplicationView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.ProductService;
import com.microcredit.origination.api.ProductView;
import com.microcredit.origination.api.SubmitApplication;
import com.microcredit.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The application wizard: borrower → product (its accepted paths, amount and term ranges, methods)
 * → amount, term, repayment method and purpose → review → submit and decide (one service call, one
 * transaction). A refused field takes the user back to its step, message beside it.
 */
@Named
@ViewScoped
public class ApplicationWizard implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int BORROWER = 1;
    static final int PRODUCT = 2;
    static final int TERMS = 3;
    static final int REVIEW = 4;
    private static final String FORM = "wizard";

    /** The step that shows each field the service may refuse. */
    private static final Map<String, Integer> STEP_OF_FIELD =
            Map.of(
                    "borrowerId",
                    BORROWER,
                    "productCode",
                    PRODUCT,
                    "amount",
                    TERMS,
                    "currency",
                    TERMS,
                    "termMonths",
                    TERMS,
                    "repaymentMethod",
                    TERMS,
                    "purpose",
                    TERMS);

    @EJB private transient BorrowerService borrowers;
    @EJB private transient ProductService products;
    @EJB private transient ApplicationService applications;

    private int step = BORROWER;
    private Long borrowerId;
    private String nameFilter;
    private List<BorrowerView> candidates = List.of();
    private BorrowerView borrower;
    private List<ProductView> eligibleProducts = List.of();
    private ProductView product;
    private BigDecimal amount;
    private Integer termMonths;
    private String repaymentMethod;
    private String purpose;

    /** View action: a borrower given in the address (from the 360 view) skips the first step. */
    public void start() {
        if (borrowerId != null && borrower == null) {
            borrowers
                    .find(borrowerId)
                    .ifPresentOrElse(
                            this::useBorrower,
                            () ->
                                    Messages.pageError(
                                            Messages.text("profile.notFound", borrowerId)));
        }
    }

    public void searchBorrowers() {
        candidates = borrowers.search(nameFilter, 20);
    }

    public void chooseBorrower(long id) {
        borrowers.find(id).ifPresent(this::useBorrower);
    }

    private void useBorrower(BorrowerView b) {
        borrower = b;
        borrowerId = b.id();
        eligibleProducts =
                products.listActive().stream()
                        .filter(p -> p.borrowerKinds().contains(b.kind()))
                        .toList();
        if (product != null && !eligibleProducts.contains(product)) {
            product = null;
        }
        step = PRODUCT;
    }

    public void chooseProduct(String code) {
        product =
                eligibleProducts.stream()
                        .filter(p -> p.code().equals(code))
                        .findFirst()
                        .orElse(null);
        if (product == null) {
            return;
        }
        if (repaymentMethod == null || !product.repaymentMethods().contains(repaymentMethod)) {
            repaymentMethod = product.repaymentMethods().get(0);
        }
        step = TERMS;
    }

    /** Instant feedback on the terms; the service checks them again on submission. */
    public void review() {
        boolean ok = true;
        if (amount == null
                || amount.compareTo(product.minAmount()) < 0
                || amount.compareTo(product.maxAmount()) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            Messages.fieldError(
                    FORM + ":amount",
                    Messages.text(
                            "wizard.amount.range",
                            product.minAmount(),
                            product.maxAmount(),
                            product.currency()));
            ok = false;
        }
        if (termMonths == null
                || termMonths < product.minTermMonths()
                || termMonths > product.maxTermMonths()) {
            Messages.fieldError(
                    FORM + ":termMonths",
                    Messages.text(
                            "wizard.term.range", product.minTermMonths(), product.maxTermMonths()));
            ok = false;
        }
        if (repaymentMethod == null) {
            Messages.fieldError(FORM + ":repaymentMethod", Messages.text("intake.required"));
            ok = false;
        }
        if (purpose == null || purpose.isBlank()) {
            Messages.fieldError(FORM + ":purpose", Messages.text("wizard.purpose.required"));
            ok = false;
        }
        if (ok) {
            step = REVIEW;
        }
    }

    /** Submits and decides in one transaction, then opens the decision view. */
    public String submit() {
        try {
            ApplicationView decided =
                    applications.decideAutomatically(
                            new SubmitApplication(
                                    borrower.id(),
                                    product.code(),
                                    amount,
                                    product.currency(),
                                    termMonths,
                                    repaymentMethod,
                                    purpose.strip(),
                                    "BRANCH",
                                    null),
                            false);
            return "/pages/applications/decision.xhtml?faces-redirect=true&id=" + decided.id();
        } catch (InvalidInputException e) {
            step = STEP_OF_FIELD.getOrDefault(e.field(), REVIEW);
            Messages.inputError(FORM, e.field(), STEP_OF_FIELD.keySet(), Messages.refusal(e));
        } catch (DecisionRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        }
        return null;
    }

    public void back() {
        step = Math.max(BORROWER, step - 1);
    }

    public void goTo(int target) {
        if (target < step) {
            step = target;
        }
    }

    public int getStep() {
        return step;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public void setBorrowerId(Long borrowerId) {
        this.borrowerId = borrowerId;
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }

    public List<BorrowerView> getCandidates() {
        return candidates;
    }

    public BorrowerView getBorrower() {
        return borrower;
    }

    public List<ProductView> getEligibleProducts() {
        return eligibleProducts;
    }

    public ProductView getProduct() {
        return product;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(Integer termMonths) {
        this.termMonths = termMonths;
    }

    public String getRepaymentMethod() {
        return repaymentMethod;
    }

    public void setRepaymentMethod(String repaymentMethod) {
        this.repaymentMethod = repaymentMethod;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
