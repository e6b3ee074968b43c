/**
 * JMS adapters of loan origination: outbound disbursement instructions, and the request/reply
 * intake of automated decisions from core banking's online channel (listener, parser, replies).
 */
package com.microcredit.origination.infrastructure.jms;
