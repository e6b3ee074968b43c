package com.microcredit.origination.api;

/**
 * One information path's result: status AVAILABLE with its evidence, or INSUFFICIENT with the
 * reason.
 */
public record PathResultView(String path, String status, String reasonCode, String evidence) {}
