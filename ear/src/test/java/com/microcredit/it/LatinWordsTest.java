package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LatinWordsTest {

    @Test
    void findsLatinWordsButNotAcronymsReferencesOrLoginNames() {
        assertEquals(
                Set.of("Binjiang", "TAX_LOAN", "declining"),
                LatinWords.in(
                        "借款人 Binjiang 的 PD 为 3%，TAX_LOAN，申请 LA3098，officer 于"
                                + " 2026-12-07 记录；用电 declining；代码 91330106MA2H123456；账号 ****1234；"
                                + "9133********2P；客户经理 HZ-001；贷款 DEMO-BL-1；行业 C22 造纸"));
    }

    @Test
    void aChineseTextWithNumbersHoldsNoWord() {
        assertEquals(Set.of(), LatinWords.in("金额 1,234.56 元，35.00%，2026-12-07 14:23:45"));
    }
}
