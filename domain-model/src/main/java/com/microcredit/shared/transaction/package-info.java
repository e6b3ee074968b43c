/** Helpers around the JTA transaction shared by every context. */
package com.microcredit.shared.transaction;
