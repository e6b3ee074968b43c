/**
 * Value objects shared by every bounded context: money, identity numbers and their masks, the GB/T
 * 2260 division codes, the rules for free text and refused values (codes with the field they
 * concern), {@link com.microcredit.shared.domain.CodedText} (a text people read, kept as a code
 * with arguments; ADR 0027), and the {@link com.microcredit.shared.domain.LookupHasher} an entity
 * receives to index an encrypted number. No entities here.
 */
package com.microcredit.shared.domain;
