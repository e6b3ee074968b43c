package com.microcredit.origination.domain.recheck;

import com.microcredit.shared.domain.CodedText;
import java.util.List;

/**
 * One condition evaluated again: whether it still holds, and what was found (coded texts, ADR 0027;
 * a held condition says what it saw, a failed one why it fails).
 */
public record RecheckResult(RecheckCondition condition, boolean holds, List<CodedText> findings) {

    public RecheckResult {
        findings = List.copyOf(findings);
    }

    static RecheckResult holds(RecheckCondition c, CodedText finding) {
        return new RecheckResult(c, true, List.of(finding));
    }

    static RecheckResult fails(RecheckCondition c, List<CodedText> findings) {
        return new RecheckResult(c, false, findings);
    }
}
