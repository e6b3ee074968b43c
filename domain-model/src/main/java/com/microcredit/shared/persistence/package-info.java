/** Persistence conventions shared by every context (attribute converters). */
package com.microcredit.shared.persistence;
