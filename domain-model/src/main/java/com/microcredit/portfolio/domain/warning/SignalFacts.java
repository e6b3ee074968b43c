package com.microcredit.portfolio.domain.warning;

import com.microcredit.shared.domain.CodedText;
import com.microcredit.shared.domain.FieldRefusal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks of what a {@link WarningSignal} is told: its subject, evidence, persons and notes. A
 * refused subject or evidence is a {@link FieldRefusal} (field, code, arguments).
 */
final class SignalFacts {

    static final int EVIDENCE_LENGTH = 2000;
    private static final Pattern INDICATOR = Pattern.compile("[A-Z][A-Z0-9_]{1,47}");

    private SignalFacts() {}

    static void requireSubject(
            long borrowerId, String loanReference, String indicator, String source) {
        if (borrowerId <= 0) {
            throw new FieldRefusal("borrowerId", "REQUIRED");
        }
        if (loanReference != null && loanReference.isBlank()) {
            throw new FieldRefusal("loanReference", "REQUIRED");
        }
        if (loanReference != null && loanReference.length() > 64) {
            throw new FieldRefusal("loanReference", "TOO_LONG", 64);
        }
        if (indicator == null || !INDICATOR.matcher(indicator).matches()) {
            throw new FieldRefusal("indicator", "INDICATOR_FORMAT");
        }
        if (source == null || source.isBlank()) {
            throw new FieldRefusal("source", "REQUIRED");
        }
        if (source.length() > 48) {
            throw new FieldRefusal("source", "TOO_LONG", 48);
        }
    }

    /** A person and a note of at most 500 characters, or the refusal given. */
    static void requirePersonAndNote(String by, String note, String noPerson, String noNote) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException(noPerson);
        }
        if (note == null || note.isBlank() || note.length() > 500) {
            throw new IllegalArgumentException(noNote);
        }
    }

    static String checkedEvidence(String evidence) {
        if (evidence == null || evidence.isBlank()) {
            throw new FieldRefusal("evidence", "REQUIRED");
        }
        String e = evidence.strip();
        if (e.length() <= EVIDENCE_LENGTH) {
            return e;
        }
        // Coded evidence (ADR 0027) is cut to whole texts; free text with an ellipsis.
        List<CodedText> texts = CodedText.parseList(e);
        return texts.size() == 1 && texts.get(0).isPlain()
                ? e.substring(0, EVIDENCE_LENGTH - 1) + "…"
                : CodedText.storedList(texts, EVIDENCE_LENGTH);
    }

    /** An action's person, note and due date (not in the past). */
    static void requireAction(String by, String note, LocalDate today, LocalDate actionDueOn) {
        requirePersonAndNote(
                by,
                note,
                "An action needs the person who takes it",
                "An action needs a note of at most 500 characters");
        if (actionDueOn != null && actionDueOn.isBefore(today)) {
            throw new IllegalArgumentException(
                    "An action cannot be due in the past (" + actionDueOn + ")");
        }
    }
}
