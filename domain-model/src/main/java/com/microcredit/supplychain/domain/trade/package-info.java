/** Trade between a hub enterprise and its chain members, and the member eligibility it supports. */
package com.microcredit.supplychain.domain.trade;
