/**
 * Lists that grow with the book (issue 26, ADR 0031): one definition per list ({@link
 * com.microcredit.web.lists.ListDefinition}: the service's page read, the columns of its export),
 * the PrimeFaces lazy model that pages, sorts and filters on the server ({@link
 * com.microcredit.web.lists.LazyList}), and the one CSV export ({@link
 * com.microcredit.web.lists.ListExport}: UTF-8 with BOM, RFC 4180, formula guard, streamed,
 * audited).
 */
package com.microcredit.web.lists;
