package com.microcredit.origination.domain.authority;

import com.microcredit.shared.domain.DomainRefusal;

/**
 * An approval or a vote the authority rules refuse, as a code with arguments (bundle key {@code
 * refusal.<code>}), never a sentence.
 */
public class AuthorityRefusal extends DomainRefusal {

    private static final long serialVersionUID = 1L;

    /** The preparer of a case approves or votes on it (审贷分离): argument the user. */
    public static final String PREPARER = "AUTHORITY_PREPARER";

    /**
     * The approver's grade has no rule for the case: arguments the grade and where the case belongs
     * (the lowest grade with authority, or {@code COMMITTEE}).
     */
    public static final String EXCEEDED = "AUTHORITY_EXCEEDED";

    /** The case needs the credit committee: argument the highest individual grade. */
    public static final String COMMITTEE_REQUIRED = "AUTHORITY_COMMITTEE_REQUIRED";

    /** The matrix version is not in force on the date: arguments the version and the date. */
    public static final String NOT_IN_FORCE = "AUTHORITY_NOT_IN_FORCE";

    /** The voter is not a member of the sitting: argument the user. */
    public static final String NOT_A_MEMBER = "COMMITTEE_NOT_A_MEMBER";

    /**
     * The member has a conflict of interest in the case: arguments the user and the conflict
     * (PREPARER, ACCOUNT_MANAGER, RELATED).
     */
    public static final String CONFLICTED = "COMMITTEE_CONFLICTED";

    /** The member has voted already: argument the user. */
    public static final String ALREADY_VOTED = "COMMITTEE_ALREADY_VOTED";

    /** Only the chair closes a sitting: argument the user. */
    public static final String NOT_THE_CHAIR = "COMMITTEE_NOT_THE_CHAIR";

    /** The sitting is closed: argument its outcome. */
    public static final String CLOSED = "COMMITTEE_CLOSED";

    public AuthorityRefusal(String code, Object... arguments) {
        super(code, arguments);
    }
}
