/**
 * The web shell: sign-in, language switch, per-role home, logout, the answers to a page that fails
 * (403/500) or a form whose view state the session does not hold (400), no caching of pages; {@code
 * CodedTexts} renders the domain's stored coded texts in the page's language (ADR 0027). The other
 * security headers are set by the server's HTTP channel (server-config server.xml).
 */
package com.microcredit.web.shell;
