package com.microcredit.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Builds test deployments from the real mcrc.ear that the build just packaged. */
public final class Deployments {

    static final String TEST_WAR = "mcrc-it.war";

    private Deployments() {}

    /** The context root of the in-container test module. */
    public static final String TEST_CONTEXT_ROOT = "/mcrc-it";

    /** The application exactly as shipped. */
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(
                EnterpriseArchive.class, new File(System.getProperty("mcrc.ear")));
    }

    /** The application plus a test module holding the given in-container test classes. */
    public static EnterpriseArchive applicationWithTests(Class<?>... testClasses) {
        WebArchive tests =
                ShrinkWrap.create(WebArchive.class, TEST_WAR)
                        .addClasses(testClasses)
                        .addClasses(Deployments.class, RunsAsSystem.class, SystemThread.class)
                        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return applicationWith(Testable.archiveToTest(tests), TEST_CONTEXT_ROOT);
    }

    /**
     * The application plus a test module holding the given in-container test classes and the EJB
     * role matrix, each application role bound to run as its demo user (SYSTEM as mcrc-system, as
     * shipped): for test beans that call as a role ({@code @RunAs}, {@link RoleCall}). The shipped
     * binding maps the roles to groups only; this deployment alone adds the run-as users.
     */
    public static EnterpriseArchive asEveryRole(Class<?>... testClasses) {
        WebArchive tests =
                ShrinkWrap.create(WebArchive.class, TEST_WAR)
                        .addClasses(testClasses)
                        .addClasses(Deployments.class, RunsAsSystem.class, SystemThread.class)
                        .addAsResource(com.microcredit.architecture.EjbAccessMatrix.RESOURCE)
                        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        EnterpriseArchive ear = applicationWith(Testable.archiveToTest(tests), TEST_CONTEXT_ROOT);
        String binding = read(ear, "META-INF/ibm-application-bnd.xml");
        for (String[] roleAndUser : RUN_AS_USERS) {
            String group = "<group name=\"" + roleAndUser[0] + "\"/>";
            if (!binding.contains(group + "</security-role>")) {
                throw new IllegalStateException("no binding of " + roleAndUser[0] + " to rewrite");
            }
            binding =
                    binding.replace(
                            group + "</security-role>",
                            group + "<run-as userid=\"" + roleAndUser[1] + "\"/></security-role>");
        }
        ear.delete("META-INF/ibm-application-bnd.xml");
        ear.addAsManifestResource(new StringAsset(binding), "ibm-application-bnd.xml");
        return ear;
    }

    /** Each human and machine role with the demo user that has it (README's demo users). */
    private static final String[][] RUN_AS_USERS = {
        {"BRANCH_STAFF", "staff"},
        {"ACCOUNT_MANAGER", "manager"},
        {"CREDIT_OFFICER", "officer"},
        {"RISK_MANAGER", "risk"},
        {"AUDITOR", "auditor"},
        {"ADMIN", "admin"},
        {"CORE_BANKING", "corebanking"}
    };

    /** The application plus one more web module at the given context root. */
    public static EnterpriseArchive applicationWith(WebArchive module, String contextRoot) {
        EnterpriseArchive ear = application();
        String applicationXml =
                read(ear, "META-INF/application.xml")
                        .replace(
                                "</application>",
                                "  <module><web><web-uri>"
                                        + module.getName()
                                        + "</web-uri><context-root>"
                                        + contextRoot
                                        + "</context-root></web></module>\n</application>");
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml));
        // Plain HTTP's virtual host (server.xml): Arquillian's servlet protocol and the fixtures
        // reach the in-container test module (/mcrc-it) over plain HTTP, where only it and the
        // HTTPS redirect live. Any other module (the cluster probe) stays on the application's
        // HTTPS-only virtual host, where its callers reach it.
        if (TEST_CONTEXT_ROOT.equals(contextRoot)
                && module.get("WEB-INF/ibm-web-bnd.xml") == null) {
            module.addAsWebInfResource(
                    new StringAsset(
                            "<web-bnd xmlns=\"http://websphere.ibm.com/xml/ns/javaee\""
                                    + " version=\"1.2\"><virtual-host name=\"plain_http\"/>"
                                    + "</web-bnd>"),
                    "ibm-web-bnd.xml");
        }
        ear.addAsModule(module);
        return ear;
    }

    private static String read(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path + " from " + ear.getName(), e);
        }
    }
}
