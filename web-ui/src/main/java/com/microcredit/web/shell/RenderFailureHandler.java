package com.microcredit.web.shell;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page that fails while it is built or drawn (a service refusing the role, a bug) answers with
 * the error page and its status – 403 for a refused role, 500 otherwise – never a half-drawn page
 * with 200. Works because the page is buffered whole before anything is sent
 * (jakarta.faces.FACELETS_BUFFER_SIZE in web.xml); AJAX requests keep PrimeFaces' own handling.
 *
 * <p>A form posted with a view state the session does not hold (forged, altered, or expired: the
 * view cannot be restored) is refused with 400 and a page in the reader's language saying the form
 * is no longer valid ({@link InvalidFormPage}), logged as one line without a stack trace: it is the
 * client's fault, not the server's.
 */
public class RenderFailureHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(RenderFailureHandler.class.getName());

    public RenderFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (faces != null && !faces.getPartialViewContext().isAjaxRequest() && events.hasNext()) {
            ExternalContext external = faces.getExternalContext();
            ExceptionQueuedEventContext event = events.next().getContext();
            Throwable failure = event.getException();
            if (!external.isResponseCommitted()
                    && invalidForm(failure, event.getPhaseId(), faces.isPostback())) {
                LOG.warning(
                        () ->
                                "Form refused (400): its view state is not one this session holds,"
                                        + " on "
                                        + oneLine(external.getRequestServletPath())
                                        + " ("
                                        + oneLine(rootMessage(failure))
                                        + ")");
                clearQueue();
                try {
                    refuseInvalidForm(faces, external);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                faces.responseComplete();
                return;
            }
            if (!external.isResponseCommitted()) {
                int status = statusFor(failure);
                if (status == HttpServletResponse.SC_FORBIDDEN) {
                    LOG.warning(() -> "Page refused the role: " + rootMessage(failure));
                } else {
                    LOG.log(Level.SEVERE, "Page failed", failure);
                }
                clearQueue();
                try {
                    external.responseReset();
                    external.responseSendError(status, null);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                faces.responseComplete();
                return;
            }
        }
        getWrapped().handle();
    }

    private void clearQueue() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            events.next();
            events.remove();
        }
    }

    private static void refuseInvalidForm(FacesContext faces, ExternalContext external)
            throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String reload =
                request.getRequestURI()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String page = InvalidFormPage.html(readerLocale(faces), request.getContextPath(), reload);
        external.responseReset();
        external.setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
        external.setResponseContentType("text/html");
        external.setResponseCharacterEncoding("UTF-8");
        external.getResponseOutputWriter().write(page);
    }

    /** The session's language (the page header's switch), else the browser's. */
    private static Locale readerLocale(FacesContext faces) {
        try {
            LanguageSwitch language =
                    faces.getApplication()
                            .evaluateExpressionGet(
                                    faces, "#{languageSwitch}", LanguageSwitch.class);
            if (language != null) {
                return language.getLocale();
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "No session language: " + e);
        }
        return LanguageSwitch.supported(faces.getExternalContext().getRequestLocale());
    }

    /**
     * A posted form whose view cannot be restored: the view state is unknown to the session (an
     * expired view), or restoring it failed (a value that is no view state at all).
     */
    static boolean invalidForm(Throwable failure, PhaseId phase, boolean postback) {
        return expired(failure) || (postback && PhaseId.RESTORE_VIEW.equals(phase));
    }

    static boolean expired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** 403 when a service refused the caller's role anywhere in the chain, else 500. */
    static int statusFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
        }
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** A client-supplied text as one short log line: no line breaks, no control characters. */
    static String oneLine(String text) {
        String flat = String.valueOf(text).replaceAll("\\p{Cntrl}", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private static String rootMessage(Throwable failure) {
        return Messages.rootMessage(failure);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RenderFailureHandler(getWrapped().getExceptionHandler());
        }
    }
}
