package com.microcredit.web.supplychain;

import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.HubView;
import com.microcredit.supplychain.api.ImportReport;
import com.microcredit.supplychain.api.ImportTrades;
import com.microcredit.supplychain.api.SupplyChainRefusedException;
import com.microcredit.supplychain.api.TradeImportService;
import com.microcredit.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The trade import page of one hub: upload a CSV or JSON trade file; the report shows IMPORTED with
 * the row count, or REFUSED (nothing recorded) with every rejected row and its reasons.
 */
@Named
@ViewScoped
public class TradeImportForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    @EJB private transient TradeImportService imports;
    @EJB private transient HubService hubs;

    private Long hubId;
    private HubView hub;
    private transient Part file;
    private String format = "CSV";
    private ImportReport report;

    public void load() {
        hub =
                hubId == null
                        ? null
                        : hubs.listHubs().stream()
                                .filter(h -> h.id() == hubId)
                                .findFirst()
                                .orElse(null);
        if (hub == null) {
            Messages.pageError(Messages.text("chain.noHub"));
        }
    }

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            Messages.fieldError("upload:file", Messages.text("import.file.required"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Messages.fieldError("upload:file", Messages.text("import.file.tooLarge"));
            return;
        }
        String name = file.getSubmittedFileName();
        String chosen =
                name != null && name.toLowerCase(Locale.ROOT).endsWith(".json")
                        ? "JSON"
                        : name != null && name.toLowerCase(Locale.ROOT).endsWith(".csv")
                                ? "CSV"
                                : format;
        try (InputStream in = file.getInputStream()) {
            report = imports.importTrades(new ImportTrades(hubId, name, chosen, in.readAllBytes()));
            if (report.imported()) {
                Messages.pageInfo(
                        Messages.text("import.imported", report.rowsImported(), report.fileName()));
            } else {
                Messages.pageError(
                        Messages.text(
                                "import.refused", report.fileName(), report.rejected().size()));
            }
        } catch (IOException e) {
            Messages.fieldError("upload:file", Messages.text("import.file.unreadable"));
        } catch (SupplyChainRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    public List<String> getFormats() {
        return List.of("CSV", "JSON");
    }

    public Long getHubId() {
        return hubId;
    }

    public void setHubId(Long hubId) {
        this.hubId = hubId;
    }

    public HubView getHub() {
        return hub;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public ImportReport getReport() {
        return report;
    }
}
