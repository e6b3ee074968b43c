package com.microcredit.origination.infrastructure.provider;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Closeable;

/**
 * A provider's query endpoint (docs/providers.md), as a MicroProfile Rest Client interface built
 * per provider and source by {@link ProviderClients}. The body is the exact JSON text that was
 * signed, and the answer is read as text so that its signature can be checked on the bytes the
 * provider signed; non-2xx answers come back as responses (the default exception mapper is off).
 */
@Path("/v1/sources")
public interface ProviderApi extends Closeable {

    @POST
    @Path("/{source}/queries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response query(
            @PathParam("source") String source,
            @HeaderParam(RequestSigning.CLIENT) String client,
            @HeaderParam(RequestSigning.KEY_ID) String keyId,
            @HeaderParam(RequestSigning.TIMESTAMP) String timestamp,
            @HeaderParam(RequestSigning.NONCE) String nonce,
            @HeaderParam(RequestSigning.CONTENT_SHA256) String contentSha256,
            @HeaderParam(RequestSigning.SIGNATURE) String signature,
            String body);
}
