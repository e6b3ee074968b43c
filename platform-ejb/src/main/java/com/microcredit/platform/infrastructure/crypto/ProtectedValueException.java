package com.microcredit.platform.infrastructure.crypto;

/** A protected value cannot be read: unknown key id, wrong format, or it was tampered with. */
public class ProtectedValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProtectedValueException(String message) {
        super(message);
    }
}
