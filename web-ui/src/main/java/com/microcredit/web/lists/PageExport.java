package com.microcredit.web.lists;

import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.CodedRefusal;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;

/**
 * The export button of a list page: the rows the table's filters and sort select, from the first
 * on, as the page's language names the columns ({@link ListExport}); a non-Ajax request whose
 * answer is the file.
 */
@Named
@ApplicationScoped
public class PageExport {

    @Inject @BankZone private ZoneId bankZone;

    @EJB private AuditTrail trail;

    /** Writes the list of this lazy model as the response (call from a non-Ajax action). */
    public void csv(LazyList<?> model) throws IOException {
        write(model);
    }

    private <T> void write(LazyList<T> model) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        ListDefinition<T> list = model.list();
        try {
            list.reader().read(model.lastRequest().from(0).withLimit(1));
        } catch (CodedRefusal e) {
            Messages.pageError(Messages.refusal(e));
            return;
        }
        ec.responseReset();
        ec.setResponseContentType("text/csv; charset=UTF-8");
        ec.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"" + ListExport.fileName(list) + "\"");
        ListExport.write(
                ec.getResponseOutputStream(),
                list,
                model.lastRequest().from(0),
                faces.getViewRoot().getLocale(),
                bankZone,
                trail);
        faces.responseComplete();
    }
}
