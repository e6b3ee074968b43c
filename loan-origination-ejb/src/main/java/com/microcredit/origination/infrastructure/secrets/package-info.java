/**
 * The start-up guard against published secrets: outside development mode the application refuses to
 * start with the development field-encryption keys, the demo user registry or the development
 * keystore password (docs/security.md).
 */
package com.microcredit.origination.infrastructure.secrets;
