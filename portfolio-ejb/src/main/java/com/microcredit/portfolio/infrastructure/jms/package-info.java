/** Message-driven beans for core-banking messages and the parsing of their JSON payloads. */
package com.microcredit.portfolio.infrastructure.jms;
