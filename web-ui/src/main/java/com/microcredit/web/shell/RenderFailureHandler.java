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
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page that fails while it is built or drawn (a service refusing the role, a bug) answers with
 * the error page and its status – 403 for a refused role, 500 otherwise – never a half-drawn page
 * with 200. Works because the page is buffered whole before anything is sent
 * (jakarta.faces.FACELETS_BUFFER_SIZE in web.xml); AJAX requests keep PrimeFaces' own handling.
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
            Throwable failure = events.next().getContext().getException();
            // An expired view keeps its own page (web.xml): only failures of drawing are ours.
            if (!external.isResponseCommitted() && !expired(failure)) {
                int status = statusFor(failure);
                if (status == HttpServletResponse.SC_FORBIDDEN) {
                    LOG.warning(() -> "Page refused the role: " + rootMessage(failure));
                } else {
                    LOG.log(Level.SEVERE, "Page failed", failure);
                }
                events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    events.next();
                    events.remove();
                }
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
