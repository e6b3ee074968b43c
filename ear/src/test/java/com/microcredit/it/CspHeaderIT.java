package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Content-Security-Policy header as stated (issue 20, ADR 0029): a page's script-src is exactly
 * {@code 'self'} and the response's nonce, which every script tag of the page carries and no other
 * response shares; no {@code 'unsafe-eval'} or {@code 'unsafe-hashes'} anywhere, {@code
 * 'unsafe-inline'} only for style attributes; one policy per response (two would both be enforced);
 * the container's own answers have the same without a nonce; the report endpoint takes a report.
 * That the browser runs every page under it: CspBrowserIT.
 */
@ExtendWith(ArquillianExtension.class)
class CspHeaderIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(CspHeaderIT.class, PageCalls.class, ApiCalls.class);
    }

    @Test
    void aPageStatesANoncedScriptPolicyWithoutUnsafeInlineOrEvalAndAFreshNonceEachTime() {
        PageCalls pages = new PageCalls();
        PageCalls.Page login = pages.get("/mcrc/login.xhtml");
        assertEquals(200, login.status());
        String loginNonce = assertNoncedPolicy(login, "login page");

        PageCalls.Page redirect = new PageCalls().get("/mcrc/pages/home.xhtml");
        assertEquals(302, redirect.status());
        String plain = onlyPolicy(redirect, "the container's 302");
        Map<String, String> d = directives(plain);
        assertEquals("'self'", d.get("script-src"), "the container's 302: " + plain);
        assertEquals("'self'", d.get("style-src"), "the container's 302: " + plain);
        assertFalse(plain.contains("'unsafe-"), "the container's 302: " + plain);

        assertEquals(302, pages.signIn("staff").status());
        PageCalls.Page home = pages.get("/mcrc/pages/home.xhtml");
        assertEquals(200, home.status(), home.body());
        String first = assertNoncedPolicy(home, "home page");
        String second = assertNoncedPolicy(pages.get("/mcrc/pages/home.xhtml"), "home again");
        assertNotEquals(first, second, "each response has a nonce of its own");
        assertNotEquals(loginNonce, first);

        PageCalls.Page report =
                pages.post(
                        "/mcrc/csp-report",
                        "application/csp-report",
                        "{\"csp-report\": {\"document-uri\": \"https://localhost/mcrc/x.xhtml\","
                                + " \"effective-directive\": \"script-src-elem\","
                                + " \"blocked-uri\": \"inline\"}}");
        assertEquals(204, report.status(), "the report endpoint takes a violation report");
    }

    /** The one CSP header of a page: nonce'd scripts, and every script tag of the page has it. */
    private static String assertNoncedPolicy(PageCalls.Page page, String where) {
        String policy = onlyPolicy(page, where);
        Map<String, String> d = directives(policy);
        assertFalse(policy.contains("'unsafe-eval'"), where + ": " + policy);
        assertFalse(policy.contains("'unsafe-hashes'"), where + ": " + policy);
        d.forEach(
                (name, value) ->
                        assertTrue(
                                !value.contains("'unsafe-inline'") || name.equals("style-src-attr"),
                                where + ": 'unsafe-inline' in " + name + ": " + policy));
        assertFalse(
                d.containsKey("script-src-elem") || d.containsKey("script-src-attr"),
                where + ": script-src alone decides: " + policy);
        Matcher nonce = NONCE.matcher(d.getOrDefault("script-src", ""));
        assertTrue(nonce.find(), where + ": script-src has a nonce: " + policy);
        assertEquals("'self' " + nonce.group(0), d.get("script-src"), where + ": " + policy);
        assertEquals("'self'", d.get("default-src"), where);
        assertEquals("'self'", d.get("style-src"), where);
        assertEquals("'none'", d.get("frame-ancestors"), where);
        Matcher tag = Pattern.compile("<script\\b[^>]*>").matcher(page.body());
        while (tag.find()) {
            assertTrue(
                    tag.group().contains("nonce=\"" + nonce.group(1) + "\""),
                    where + ": a script tag without the nonce: " + tag.group());
        }
        Matcher handler = Pattern.compile("<[^>]+\\son[a-z]+=\"[^>]*>").matcher(page.body());
        assertFalse(handler.find(), where + ": an inline event handler: " + page.body());
        return nonce.group(1);
    }

    private static String onlyPolicy(PageCalls.Page page, String where) {
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), where + ": one policy, not two to meet: " + policies);
        return policies.get(0);
    }

    private static Map<String, String> directives(String policy) {
        Map<String, String> d = new LinkedHashMap<>();
        for (String part : policy.split(";")) {
            String[] words = part.trim().split("\\s+", 2);
            if (!words[0].isEmpty()) {
                d.put(words[0], words.length > 1 ? words[1].trim() : "");
            }
        }
        return d;
    }
}
