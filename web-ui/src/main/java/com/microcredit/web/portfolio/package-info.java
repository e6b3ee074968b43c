/**
 * Portfolio pages: the dashboard, limit changes under dual control, the blind-lending programme.
 */
package com.microcredit.web.portfolio;
