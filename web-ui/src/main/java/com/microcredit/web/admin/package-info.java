/** Pages for administrators and risk managers: inbound message monitoring. */
package com.microcredit.web.admin;
