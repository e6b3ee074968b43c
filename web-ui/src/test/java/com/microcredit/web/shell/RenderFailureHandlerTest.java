package com.microcredit.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBAccessException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

class RenderFailureHandlerTest {

    @Test
    void aServiceRefusingTheRoleWhileThePageIsDrawnAnswersForbidden() {
        Throwable wrapped =
                new FacesException(
                        new ELException(new EJBAccessException("CWWKS9400A: not granted")));
        assertEquals(403, RenderFailureHandler.statusFor(wrapped));
    }

    @Test
    void anyOtherFailureWhileThePageIsDrawnAnswersServerError() {
        assertEquals(
                500,
                RenderFailureHandler.statusFor(
                        new FacesException(new IllegalStateException("bug"))));
    }

    @Test
    void anExpiredViewKeepsItsOwnPage() {
        org.junit.jupiter.api.Assertions.assertTrue(
                RenderFailureHandler.expired(
                        new FacesException(
                                new jakarta.faces.application.ViewExpiredException("gone"))));
    }
}
