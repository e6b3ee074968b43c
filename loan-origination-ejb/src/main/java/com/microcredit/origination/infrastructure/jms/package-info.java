/** JMS adapters of loan origination: outbound disbursement instructions (and the decision request listener). */
package com.microcredit.origination.infrastructure.jms;
