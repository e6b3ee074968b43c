/** The web shell: language switch, per-role home, logout, security headers. */
package com.microcredit.web.shell;
