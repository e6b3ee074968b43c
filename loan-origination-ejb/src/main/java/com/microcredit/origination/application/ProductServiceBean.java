package com.microcredit.origination.application;

import com.microcredit.origination.api.ProductService;
import com.microcredit.origination.api.ProductView;
import com.microcredit.origination.domain.product.LoanProduct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@Stateless
// reference data: every page, the REST API (core banking) and the system (ADR 0014)
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "ADMIN",
    "CORE_BANKING",
    "SYSTEM"
})
public class ProductServiceBean implements ProductService {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Override
    public List<ProductView> listActive() {
        return em
                .createQuery(
                        "select p from LoanProduct p where p.active = true order by p.code",
                        LoanProduct.class)
                .getResultList()
                .stream()
                .map(ProductServiceBean::view)
                .toList();
    }

    @Override
    public Optional<ProductView> find(String code) {
        return Optional.ofNullable(code == null ? null : em.find(LoanProduct.class, code))
                .map(ProductServiceBean::view);
    }

    static ProductView view(LoanProduct p) {
        return new ProductView(
                p.getCode(),
                p.getNameEn(),
                p.getNameZh(),
                p.getDescriptionEn(),
                p.getDescriptionZh(),
                p.getAcceptedPaths().stream().sorted().map(Enum::name).toList(),
                p.getRepaymentMethods().stream().sorted().map(Enum::name).toList(),
                p.getBorrowerKinds().stream().sorted().map(Enum::name).toList(),
                p.getCurrency(),
                p.getMinAmount(),
                p.getMaxAmount(),
                p.getMinTermMonths(),
                p.getMaxTermMonths(),
                p.getMaximumRate(),
                p.getMinTaxHistoryMonths(),
                p.getMinYearsInBusiness(),
                p.getRequiredSource(),
                p.isGroupLoan());
    }
}
