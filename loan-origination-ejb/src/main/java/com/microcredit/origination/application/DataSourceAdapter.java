package com.microcredit.origination.application;

import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.Observation;
import java.time.LocalDate;
import java.util.List;

/**
 * One provider of external data behind the gateway (tax bureau, utilities, social security, housing
 * provident fund, courts, customs, e-commerce platforms, the central-bank credit report). The
 * shipped adapters read tables ({@code table}) or files ({@code file}) so the product runs offline;
 * a real provider is another CDI bean implementing this interface, chosen per source by {@code
 * mcrc.gateway.adapter.<SOURCE>=<name>}. The gateway checks consent, caches, logs and prices every
 * query: an adapter only fetches.
 */
public interface DataSourceAdapter {

    /**
     * What the gateway asks: one source about one borrower (identity number for providers that key
     * by it).
     */
    record SourceRequest(
            DataSource source, long borrowerId, String identityNumber, LocalDate asOf) {}

    /** A provider that cannot answer now (down, misconfigured, unreadable file). */
    class SourceUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SourceUnavailableException(String message) {
            super(message);
        }
    }

    /** The name the configuration selects this adapter by. */
    String name();

    /**
     * The monthly observations the provider holds for the request's source and borrower (empty:
     * none).
     */
    List<Observation> fetch(SourceRequest request);
}
