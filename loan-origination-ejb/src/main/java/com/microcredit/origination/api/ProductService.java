package com.microcredit.origination.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Loan products. Products are data (table loan_product), not code: each names the paths it accepts
 * and its limits.
 */
@Local
public interface ProductService {

    List<ProductView> listActive();

    Optional<ProductView> find(String code);
}
