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

    @Test
    void aPostedFormWhoseViewCannotBeRestoredIsAnInvalidForm() {
        org.junit.jupiter.api.Assertions.assertTrue(
                RenderFailureHandler.invalidForm(
                        new FacesException(
                                new jakarta.faces.application.ViewExpiredException("forged")),
                        jakarta.faces.event.PhaseId.RESTORE_VIEW,
                        true));
        org.junit.jupiter.api.Assertions.assertTrue(
                RenderFailureHandler.invalidForm(
                        new IllegalArgumentException("not a view state"),
                        jakarta.faces.event.PhaseId.RESTORE_VIEW,
                        true));
        org.junit.jupiter.api.Assertions.assertFalse(
                RenderFailureHandler.invalidForm(
                        new IllegalStateException("bug"),
                        jakarta.faces.event.PhaseId.RENDER_RESPONSE,
                        true),
                "a failure while drawing stays a server error");
        org.junit.jupiter.api.Assertions.assertFalse(
                RenderFailureHandler.invalidForm(
                        new IllegalStateException("bug"),
                        jakarta.faces.event.PhaseId.RESTORE_VIEW,
                        false),
                "a GET is no form");
    }

    @Test
    void aClientSuppliedTextIsLoggedAsOneShortLine() {
        assertEquals("a  b", RenderFailureHandler.oneLine("a\r\nb"));
        assertEquals(201, RenderFailureHandler.oneLine("x".repeat(500)).length());
    }
}
