package com.microcredit.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microcredit.origination.api.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    private static final String INDIVIDUAL =
            """
            {"name":"李四","residentIdNumber":"330106198503120415","regionCode":"330106",
             "accountManagerId":1,"address":"杭州市西湖区文三路 1 号","householdSize":3}\
            """;

    private static InvalidInputException refused(String json) {
        return assertThrows(
                InvalidInputException.class, () -> JsonBodies.read(IndividualIntake.class, json));
    }

    private static String with(String property, String value) {
        return INDIVIDUAL.replaceFirst(
                "\"" + property + "\":[^,}]+",
                java.util.regex.Matcher.quoteReplacement("\"" + property + "\":" + value));
    }

    @Test
    void aValidBodyIsReadIntoItsRecord() {
        IndividualIntake i = JsonBodies.read(IndividualIntake.class, INDIVIDUAL);
        assertEquals(3, i.householdSize());
        assertEquals("李四", i.name());
        assertNull(i.mobile());
    }

    @Test
    void aFractionIntoAWholeNumberIsRefusedNamingTheField() {
        InvalidInputException e = refused(with("householdSize", "3.5"));
        assertEquals("householdSize", e.field());
        assertEquals("WRONG_TYPE", e.code());
        assertEquals(List.of("WHOLE_NUMBER"), e.arguments());
        assertEquals("householdSize", refused(with("householdSize", "\"abc\"")).field());
        assertEquals("OUT_OF_RANGE", refused(with("householdSize", "1e30")).code());
        assertEquals(
                3,
                JsonBodies.read(IndividualIntake.class, with("householdSize", "3.0"))
                        .householdSize());
    }

    @Test
    void wrongTypesAndImpossibleDatesNameTheField() {
        String enterprise =
                """
                {"name":"茶庄","creditCode":"91350100M000100Y43","industryCode":"F52",
                 "regionCode":"330106","accountManagerId":1,"owners":"王","establishedOn":"2026-13-45",
                 "declaredAnnualRevenue":100}\
                """;
        InvalidInputException date =
                assertThrows(
                        InvalidInputException.class,
                        () -> JsonBodies.read(EnterpriseIntake.class, enterprise));
        assertEquals("establishedOn", date.field());
        assertEquals("WRONG_TYPE", date.code());
        InvalidInputException amount =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                JsonBodies.read(
                                        ApplicationRequest.class,
                                        """
                                        {"borrowerId":1,"productCode":"TAX_LOAN","amount":"abc",
                                         "currency":"CNY","termMonths":12,
                                         "repaymentMethod":"EQUAL_INSTALMENT","purpose":"x"}\
                                        """));
        assertEquals("amount", amount.field());
        assertEquals("name", refused(with("name", "12")).field());
        assertEquals("accountManagerId", refused(with("accountManagerId", "\"7\"")).field());
    }

    @Test
    void missingRequiredFieldsAreRefusedAsRequired() {
        InvalidInputException e =
                refused(INDIVIDUAL.replace("\"residentIdNumber\":\"330106198503120415\",", ""));
        assertEquals("residentIdNumber", e.field());
        assertEquals("REQUIRED", e.code());
        assertEquals("REQUIRED", refused(with("address", "null")).code());
    }

    @Test
    void overLongTextAndControlCharactersAreRefused() {
        assertEquals("TOO_LONG", refused(with("name", "\"" + "名".repeat(201) + "\"")).code());
        assertEquals("TOO_LONG", refused(with("address", "\"" + "x".repeat(301) + "\"")).code());
        assertEquals("INVALID_CHARACTER", refused(with("name", "\"张\\u0000三\"")).code());
        assertEquals("INVALID_CHARACTER", refused(with("name", "\"\\ud800\"")).code());
    }

    @Test
    void anythingButOneJsonObjectIsRefusedAsTheBody() {
        assertEquals("TRAILING_CONTENT", refused(INDIVIDUAL + "garbage").code());
        assertEquals("TRAILING_CONTENT", refused(INDIVIDUAL + "{}").code());
        assertEquals("NOT_AN_OBJECT", refused("[1,2]").code());
        assertEquals("MALFORMED_JSON", refused("{\"name\":").code());
        assertEquals("body", refused("{\"name\":").field());
        assertEquals("UNKNOWN_PROPERTY", refused(INDIVIDUAL.replace("{", "{\"x\":1,")).code());
        assertEquals(
                "DUPLICATE_PROPERTY", refused(INDIVIDUAL.replace("{", "{\"name\":\"a\",")).code());
    }

    @Test
    void moneyIsADecimalNumberOrString() {
        ApplicationRequest r =
                JsonBodies.read(
                        ApplicationRequest.class,
                        """
                        {"borrowerId":1,"productCode":"TAX_LOAN","amount":"100000.50",
                         "currency":"CNY","termMonths":12,"repaymentMethod":"EQUAL_INSTALMENT",
                         "purpose":"备货"}\
                        """);
        assertEquals(new BigDecimal("100000.50"), r.amount());
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                JsonBodies.read(
                                        ApplicationRequest.class,
                                        """
                                        {"borrowerId":1,"productCode":"TAX_LOAN","amount":0.001,
                                         "currency":"CNY","termMonths":12,
                                         "repaymentMethod":"EQUAL_INSTALMENT","purpose":"x"}\
                                        """));
        assertEquals("amount", e.field());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhileItIsRead() throws Exception {
        byte[] big = new byte[JsonBodies.MAX_BYTES + 1];
        assertThrows(
                JsonBodies.BodyTooLarge.class,
                () -> JsonBodies.utf8(new ByteArrayInputStream(big)));
        assertEquals(
                "NOT_UTF8",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        JsonBodies.utf8(
                                                new ByteArrayInputStream(
                                                        new byte[] {'{', (byte) 0xC3, '}'})))
                        .code());
        assertEquals(
                "{}",
                JsonBodies.utf8(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void pathParametersThatAreNotIdsNameTheParameter() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> Params.id("1014abc", "id"));
        assertEquals("id", e.field());
        assertEquals("WRONG_TYPE", e.code());
        assertEquals(
                "limit",
                assertThrows(
                                InvalidInputException.class,
                                () -> Params.bounded("abc", "limit", 1, 200, 50))
                        .field());
        assertEquals(50, Params.bounded(null, "limit", 1, 200, 50));
        assertEquals(
                "OUT_OF_RANGE",
                assertThrows(
                                InvalidInputException.class,
                                () -> Params.id("99999999999999999999", "id"))
                        .code());
    }
}
