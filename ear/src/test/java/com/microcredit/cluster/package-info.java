/**
 * The two-server test: two Liberty servers against one MySQL database, each running the shipped
 * application plus {@link com.microcredit.cluster.ClusterProbe}; {@link com.microcredit.cluster.TwoServerIT}
 * drives both from outside (profile {@code cluster}, MySQL only).
 */
package com.microcredit.cluster;
