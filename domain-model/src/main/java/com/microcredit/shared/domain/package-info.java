/**
 * Value objects shared by every bounded context: money, identity numbers, the GB/T 2260 division
 * codes, and the rules for free text and refused values (codes with the field they concern). No
 * entities here.
 */
package com.microcredit.shared.domain;
