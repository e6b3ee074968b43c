package com.microcredit.origination.domain.loan;

import com.microcredit.shared.domain.DomainRefusal;

/**
 * A step asked of an application in a state that does not allow it, as a code with arguments
 * (rendered through the web module's bundles, key {@code refusal.<code>}); the message is the code
 * and arguments, for logs.
 */
public class ApplicationStateException extends DomainRefusal {
    private static final long serialVersionUID = 1L;

    public ApplicationStateException(String code, Object... arguments) {
        super(code, arguments);
    }
}
