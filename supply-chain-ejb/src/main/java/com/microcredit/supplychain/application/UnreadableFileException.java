package com.microcredit.supplychain.application;

/**
 * The file as a whole cannot be read as the stated format (no header, malformed JSON, too many
 * rows).
 */
public class UnreadableFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;

    public UnreadableFileException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
