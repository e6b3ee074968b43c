/**
 * Joint-liability groups (Grameen style): members guarantee each other; one active loan at a time.
 */
package com.microcredit.origination.domain.group;
