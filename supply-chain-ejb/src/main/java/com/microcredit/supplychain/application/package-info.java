/** Stateless services of the supply-chain module: each public method is one transaction. */
package com.microcredit.supplychain.application;
