package com.microcredit.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignInRulesTest {

    @Test
    void afterSignInTheBrowserReturnsToThePageThatAskedForIt() {
        assertEquals(
                "/mcrc/pages/borrowers/profile.xhtml?id=1001",
                SignInServlet.returnPath(
                        "https://localhost:9443/mcrc/pages/borrowers/profile.xhtml?id=1001",
                        "/mcrc"));
        assertEquals("/mcrc/pages/home.xhtml", SignInServlet.returnPath(null, "/mcrc"));
        assertEquals(
                "/mcrc/pages/borrowers/search.xhtml?probe=1",
                SignInServlet.returnPath(
                        "https://:9443/mcrc/pages/borrowers/search.xhtml?probe=1", "/mcrc"),
                "Liberty keeps the address without its host (preserveFullyQualifiedReferrerUrl)");
    }

    @Test
    void theReturnAddressNeverLeavesTheApplication() {
        assertEquals(
                "/mcrc/pages/home.xhtml",
                SignInServlet.returnPath("https://evil.example/phish", "/mcrc"));
        assertEquals(
                "/mcrc/x",
                SignInServlet.returnPath("//evil.example/mcrc/x", "/mcrc"),
                "only the path is used, never the host");
        assertEquals(
                "/mcrc/pages/home.xhtml",
                SignInServlet.returnPath("/mcrc/../adminCenter/", "/mcrc"));
        assertEquals(
                "/mcrc/pages/home.xhtml",
                SignInServlet.returnPath("/other/pages/home.xhtml", "/mcrc"));
        assertEquals(
                "/mcrc/pages/home.xhtml", SignInServlet.returnPath("javascript:alert(1)", "/mcrc"));
    }

    @Test
    void aWriteFromAnotherSiteIsRefused() {
        assertTrue(
                RequestOriginFilter.isCrossSiteWrite(
                        "POST", "https://evil.example", "https", "localhost", 9443));
        assertTrue(
                RequestOriginFilter.isCrossSiteWrite(
                        "POST", "https://localhost:9444", "https", "localhost", 9443));
        assertTrue(
                RequestOriginFilter.isCrossSiteWrite("POST", "null", "https", "localhost", 9443));
        assertTrue(
                RequestOriginFilter.isCrossSiteWrite(
                        "DELETE", "http://localhost:9443", "https", "localhost", 9443));
    }

    @Test
    void aWriteFromThisSiteOrWithoutOriginAndEveryReadPass() {
        assertFalse(
                RequestOriginFilter.isCrossSiteWrite(
                        "POST", "https://localhost:9443", "https", "localhost", 9443));
        assertFalse(
                RequestOriginFilter.isCrossSiteWrite(
                        "POST", "https://bank.example", "https", "bank.example", 443));
        assertFalse(RequestOriginFilter.isCrossSiteWrite("POST", null, "https", "localhost", 9443));
        assertFalse(
                RequestOriginFilter.isCrossSiteWrite(
                        "GET", "https://evil.example", "https", "localhost", 9443));
    }
}
