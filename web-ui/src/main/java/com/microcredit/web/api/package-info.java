/**
 * The JSON REST API under {@code /mcrc/api} for machine clients (core banking, branch systems):
 * borrowers, applications and decisions, products. HTTP Basic over HTTPS against the server's user
 * registry, no session; roles per operation; OpenAPI document at {@code /openapi}
 * (docs/adr/0006-rest-api-security.md). Resources convert JSON, call one module API method and map
 * its exceptions to JSON errors; they never reach into module internals. Coded texts in answers
 * (decision evidence, trade-file reasons, hub reasons) are rendered by Accept-Language ({@code
 * CodedTextResponses}, ADR 0027).
 */
package com.microcredit.web.api;
