package com.microcredit.portfolio.infrastructure.jms;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The plausibility settings every inbound message is checked against – accepted currencies ({@code
 * mcrc.inbound.currencies}) and the largest amount ({@code mcrc.inbound.max-amount}) – and the
 * parsers built from them once (they are immutable and shared by every listener thread).
 */
@ApplicationScoped
public class InboundChecks {

    @Inject
    @ConfigProperty(name = "mcrc.inbound.currencies", defaultValue = "CNY")
    String currencies;

    @Inject
    @ConfigProperty(name = "mcrc.inbound.max-amount", defaultValue = "100000000.00")
    BigDecimal maxAmount;

    private SettlementMessageParser settlement;
    private EndOfDayBalanceParser endOfDay;
    private RepaymentPostingParser repayment;

    @PostConstruct
    void build() {
        Set<String> accepted =
                new LinkedHashSet<>(Arrays.asList(currencies.strip().split("\\s*,\\s*")));
        settlement = new SettlementMessageParser(accepted, maxAmount);
        endOfDay = new EndOfDayBalanceParser(accepted, maxAmount);
        repayment = new RepaymentPostingParser(accepted, maxAmount);
    }

    SettlementMessageParser settlement() {
        return settlement;
    }

    EndOfDayBalanceParser endOfDay() {
        return endOfDay;
    }

    RepaymentPostingParser repayment() {
        return repayment;
    }
}
