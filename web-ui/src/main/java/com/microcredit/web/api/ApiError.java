package com.microcredit.web.api;

/**
 * Every error the API answers: the HTTP status, a stable code (INVALID_INPUT, NOT_FOUND,
 * UNAUTHENTICATED, FORBIDDEN, BODY_TOO_LARGE, a refusal code such as APPROVAL_SAME_PERSON or
 * LIMIT_REFUSED, ...), the request field or parameter it concerns (or null), for invalid input the
 * reason (a refusal code such as REQUIRED, TOO_LONG, WRONG_TYPE; else null) and a message for
 * people in the request's language (Accept-Language; Simplified Chinese by default) that names the
 * field. Never a stack trace or a framework's message.
 */
public record ApiError(int status, String code, String field, String reason, String message) {}
