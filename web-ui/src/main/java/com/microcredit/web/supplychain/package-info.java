/** Supply-chain pages. */
package com.microcredit.web.supplychain;
