/**
 * Persistence conventions shared by every context: the attribute converters (UTC instants,
 * encrypted text) and the port {@link com.microcredit.shared.persistence.FieldCipher} through which
 * the container hands the encryption keys to the converter (CDI). No keys and no state here.
 */
package com.microcredit.shared.persistence;
