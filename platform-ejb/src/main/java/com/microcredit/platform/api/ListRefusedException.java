package com.microcredit.platform.api;

import jakarta.ejb.ApplicationException;

/**
 * A page request a list refuses: a sort key outside its whitelist ({@code LIST_SORT_NOT_ALLOWED
 * {key, allowed}}), a filter it does not know ({@code LIST_FILTER_UNKNOWN {name, allowed}}) or a
 * filter value of the wrong form ({@code LIST_FILTER_INVALID {name}}). Nothing was read.
 */
@ApplicationException(rollback = true)
public class ListRefusedException extends CodedRefusal {

    private static final long serialVersionUID = 1L;

    public ListRefusedException(String field, String code, Object... arguments) {
        super(field, code, arguments);
    }
}
