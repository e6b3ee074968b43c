/**
 * Application services of the supply-chain module. Each public method of a {@code *ServiceBean}
 * (the module's {@code @Local} API) runs in one container-managed transaction (REQUIRED: it joins
 * the caller's, as origination's decision joins {@code ChainCredit}); the CDI helpers a service
 * delegates to run in that transaction.
 *
 * <p>Ports: the interfaces this layer owns and {@code infrastructure} implements – {@link
 * com.microcredit.supplychain.application.TradeFiles} (reading a hub's trade file) and {@link
 * com.microcredit.supplychain.application.TradeRowWriter} (the JDBC batch insert). Nothing here
 * imports {@code infrastructure} (ArchUnit, the ear's architecture tests).
 */
package com.microcredit.supplychain.application;
