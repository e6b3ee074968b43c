/**
 * Post-loan early warning pages: the warning queue, a signal's detail with its actions, the nightly
 * run.
 */
package com.microcredit.web.warning;
