/** The supply-chain module's public API (EJB client jar): hubs and their chains. */
package com.microcredit.supplychain.api;
