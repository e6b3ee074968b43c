package com.microcredit.cluster;

import com.microcredit.it.AsSystem;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The probe's web module with every class it needs, as both server tests deploy it (test side only:
 * the server has no ShrinkWrap, so this cannot live in a deployed class).
 */
final class ProbeWar {

    private ProbeWar() {}

    static WebArchive create() {
        return ShrinkWrap.create(WebArchive.class, "cluster-probe.war")
                .addClasses(ClusterProbe.class, ProbeTimer.class, AsSystem.class);
    }
}
