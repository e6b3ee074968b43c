package com.microcredit.providersim;

/** The published signature of the test vector in docs/providers.md. */
final class ProviderDocs {
    static final String SIGNATURE = "1qwgrYsafQKdnI7wjt3AN53lMuEo3eLlu1mmBX5hLT8=";

    private ProviderDocs() {}
}
