package com.microcredit.web.shell;

import com.microcredit.origination.api.ProductService;
import com.microcredit.origination.api.ProductView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code #{productNames.of(code)}}: a loan product's name in the reader's language. Products are
 * data (table loan_product with name_zh and name_en, a new product needs no new bundle key), so
 * every page that holds only a product code (loans, applications, limits, breakdowns) shows the
 * product's own name through here, never the code. Read once per request; an unknown code shows as
 * it is.
 */
@Named
@RequestScoped
public class ProductNames {

    @EJB private ProductService products;

    @Inject private LanguageSwitch language;

    private Map<String, ProductView> byCode;

    public String of(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        ProductView product = product(code);
        if (product == null) {
            return code;
        }
        String name = language.isChinese() ? product.nameZh() : product.nameEn();
        return name == null || name.isBlank() ? code : name;
    }

    private ProductView product(String code) {
        if (byCode == null) {
            byCode = new HashMap<>();
            products.listActive().forEach(p -> byCode.put(p.code(), p));
        }
        return byCode.computeIfAbsent(code, c -> products.find(c).orElse(null));
    }

    /** Whether the code names a product (for pages that show product codes among other keys). */
    public boolean isProduct(String code) {
        return code != null && Optional.ofNullable(product(code)).isPresent();
    }
}
