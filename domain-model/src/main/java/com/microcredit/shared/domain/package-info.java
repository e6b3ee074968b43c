/**
 * Value objects shared by every bounded context: money, identity numbers and their masks, and the
 * {@link com.microcredit.shared.domain.LookupHasher} an entity receives to index an encrypted
 * number. No entities here.
 */
package com.microcredit.shared.domain;
