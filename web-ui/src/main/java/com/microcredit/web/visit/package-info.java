/** Account managers' visit pages. */
package com.microcredit.web.visit;
