package com.microcredit.it;

import com.microcredit.providersim.ProviderSimulator;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application plus a test module holding the given test classes and the provider simulator. */
final class ProviderDeployment {

    private ProviderDeployment() {}

    static EnterpriseArchive withSimulator(Class<?>... testClasses) {
        WebArchive tests =
                ShrinkWrap.create(WebArchive.class, Deployments.TEST_WAR)
                        .addClasses(testClasses)
                        .addClass(Deployments.class)
                        .addClass(ProviderDeployment.class)
                        .addClasses(RunsAsSystem.class, SystemThread.class)
                        .addPackage(ProviderSimulator.class.getPackage())
                        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return Deployments.applicationWith(
                Testable.archiveToTest(tests), Deployments.TEST_CONTEXT_ROOT);
    }
}
