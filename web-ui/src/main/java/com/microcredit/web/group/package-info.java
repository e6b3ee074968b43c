/** Joint-liability group pages. */
package com.microcredit.web.group;
