/**
 * Refused inbound messages as the platform stores them ({@code rejected_message}): the entity of
 * the one persistence unit, written only by platform-ejb's {@code InboundRejectionsBean}.
 */
package com.microcredit.platform.domain.inbound;
