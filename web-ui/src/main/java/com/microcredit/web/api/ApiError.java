package com.microcredit.web.api;

/**
 * Every error the API answers: the HTTP status, a stable code (INVALID_INPUT, NOT_FOUND,
 * UNAUTHENTICATED, FORBIDDEN, a refusal code such as MAKER_CHECKER or LIMIT_REFUSED, ...), the
 * request field it concerns (or null) and a message for people. Never a stack trace.
 */
public record ApiError(int status, String code, String field, String message) {}
