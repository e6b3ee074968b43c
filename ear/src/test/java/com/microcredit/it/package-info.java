/**
 * End-to-end tests: Arquillian on managed Liberty, the real EAR, the real database and messaging
 * engine. In-container test classes run as the system identity ({@link
 * com.microcredit.it.RunsAsSystem}), as the demo loader does, because their fixtures write through
 * guarded services (ADR 0014); AccessMatrixIT runs without a user, to prove the guards.
 */
package com.microcredit.it;
