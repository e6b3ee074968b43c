/**
 * The portfolio module's public API (its EJB client jar): limits and reservations, the inbound
 * message intake's figures. Records and {@code @Local} interfaces only.
 */
package com.microcredit.portfolio.api;
