package com.microcredit.shared.domain.approval;

import com.microcredit.shared.domain.DomainRefusal;

/**
 * The one refusal of a four-eyes approval, as a code with arguments (bundle key {@code
 * refusal.<code>}); pages and the API render it in the reader's language. The exception message is
 * the code and arguments, never a sentence.
 */
public class ApprovalRefusal extends DomainRefusal {

    private static final long serialVersionUID = 1L;

    /** The checker is the maker (or another party who may not check): argument the checker. */
    public static final String SAME_PERSON = "APPROVAL_SAME_PERSON";

    /** Approved, applied or rejected already: argument the state. */
    public static final String ALREADY_DECIDED = "APPROVAL_ALREADY_DECIDED";

    /** No identified maker. */
    public static final String NO_MAKER = "APPROVAL_NO_MAKER";

    /** No identified checker. */
    public static final String NO_CHECKER = "APPROVAL_NO_CHECKER";

    /** The proposal changes nothing: argument the value it already has. */
    public static final String NO_CHANGE = "APPROVAL_NO_CHANGE";

    /**
     * What the proposal changes moved since it was made: arguments the value then and the value
     * now; propose again.
     */
    public static final String STALE = "APPROVAL_STALE";

    public ApprovalRefusal(String code, Object... arguments) {
        super(code, arguments);
    }
}
