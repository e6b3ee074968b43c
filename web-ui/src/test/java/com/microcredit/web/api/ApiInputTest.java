package com.microcredit.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microcredit.origination.api.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ApiInputTest {

    private static String basic(String userColonPassword) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicCredentialsAreReadWithColonsAndNonAsciiInThePassword() {
        var c = ApiAuthenticationFilter.Credentials.parse(basic("corebanking:pa:ss-密码"));
        assertEquals("corebanking", c.user());
        assertEquals("pa:ss-密码", c.password());
        assertEquals(
                c.user(),
                ApiAuthenticationFilter.Credentials.parse(
                                "basic " + basic("corebanking:x").substring(6))
                        .user(),
                "the scheme is case-insensitive");
    }

    @Test
    void anythingButWellFormedBasicCredentialsIsNoCredentials() {
        assertNull(ApiAuthenticationFilter.Credentials.parse(null));
        assertNull(ApiAuthenticationFilter.Credentials.parse("Bearer abc"));
        assertNull(ApiAuthenticationFilter.Credentials.parse("Basic !!not-base64!!"));
        assertNull(ApiAuthenticationFilter.Credentials.parse(basic("no-colon")));
        assertNull(ApiAuthenticationFilter.Credentials.parse(basic(":password-without-user")));
    }

    @Test
    void credentialsNeverPrintTheirPassword() {
        assertFalse(
                ApiAuthenticationFilter.Credentials.parse(basic("staff:secret"))
                        .toString()
                        .contains("secret"));
    }

    @Test
    void moneyIsKeptToTheCentAndMoreDecimalsAreRefusedNamingTheField() {
        assertEquals(new BigDecimal("100000.00"), Amounts.money(new BigDecimal("1E+5"), "amount"));
        assertEquals(2, Amounts.money(new BigDecimal("12.5"), "amount").scale());
        assertEquals(
                "amount",
                assertThrows(
                                InvalidInputException.class,
                                () -> Amounts.money(new BigDecimal("0.001"), "amount"))
                        .field());
        assertNull(Amounts.money(null, "amount"));
    }

    @Test
    void aMissingRequiredReferenceIsInvalidInputOnItsField() {
        assertEquals(
                "borrowerId",
                assertThrows(
                                InvalidInputException.class,
                                () -> Ids.required((Long) null, "borrowerId"))
                        .field());
        assertEquals(7L, Ids.required(7L, "borrowerId"));
    }
}
