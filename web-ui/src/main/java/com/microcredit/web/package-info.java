/** Backing beans of the web UI: each is named after its page and calls one module API. */
package com.microcredit.web;
