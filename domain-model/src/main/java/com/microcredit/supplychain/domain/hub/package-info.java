/** Hub (core) enterprises, their health status and the members of their supply chain. */
package com.microcredit.supplychain.domain.hub;
