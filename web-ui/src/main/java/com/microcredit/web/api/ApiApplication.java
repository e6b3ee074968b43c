package com.microcredit.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API's root: /mcrc/api. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Microcredit Risk Control API",
                        version = "1",
                        description =
                                "Borrower intake, loan applications decided through the five"
                                    + " information paths, automated decisions for core banking's"
                                    + " channels, products. Money is a decimal with two places (a"
                                    + " JSON number or a string); identity numbers are always"
                                    + " masked in answers. Errors: {status, code, field,"
                                    + " message}."),
        security = @SecurityRequirement(name = ApiApplication.BASIC))
@SecurityScheme(
        securitySchemeName = ApiApplication.BASIC,
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description =
                "HTTP Basic over HTTPS with a staff or system account of the server's user"
                        + " registry")
public class ApiApplication extends Application {

    static final String BASIC = "basicAuth";
}
