/**
 * Tests that start Liberty servers of their own from the configured test server, each running the
 * shipped application plus {@link com.microcredit.cluster.ClusterProbe}: {@link
 * com.microcredit.cluster.TwoServerIT} drives two servers against one MySQL database (profile
 * {@code cluster}, MySQL only); {@link com.microcredit.cluster.ArtemisMessagingIT} runs one server
 * on an external ActiveMQ Artemis broker (profile {@code artemis}).
 */
package com.microcredit.cluster;
