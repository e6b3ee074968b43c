package com.microcredit.supplychain.application;

import com.microcredit.shared.domain.CodedText;

/**
 * The file as a whole cannot be read as the stated format (no header, malformed JSON, too many
 * rows): a code with its arguments (ADR 0027, 0030), stored with the import's rejected rows and
 * rendered in the reader's language; the message is the code for logs.
 */
public class UnreadableFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final String reason;

    public UnreadableFileException(int line, String code, Object... arguments) {
        this(line, CodedText.of(code, arguments));
    }

    private UnreadableFileException(int line, CodedText reason) {
        super(CodedText.readable(reason.stored()));
        this.line = line;
        this.reason = reason.stored();
    }

    public int line() {
        return line;
    }

    /** The reason's stored form (a coded text). */
    public String reason() {
        return reason;
    }
}
