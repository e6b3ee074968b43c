package com.microcredit.origination.domain.decision;

import com.microcredit.shared.domain.CodedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import java.util.Objects;

/**
 * What one information path found: AVAILABLE with its evidence, or INSUFFICIENT with the reason (a
 * stable reason code and the evidence a credit officer can check). The evidence is stored as coded
 * texts (ADR 0027) and read in the reader's language; rows decided before codes keep their English
 * sentence, shown as it is.
 */
@Embeddable
public class PathResult {

    @Enumerated(EnumType.STRING)
    @Column(name = "path", nullable = false, length = 32)
    private InformationPath path;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PathStatus status;

    @Column(name = "reason_code", nullable = false, length = 48)
    private String reasonCode;

    @Column(name = "evidence", nullable = false, length = 1000)
    private String evidence;

    protected PathResult() {}

    private PathResult(
            InformationPath path, PathStatus status, String reasonCode, String evidence) {
        this.path = Objects.requireNonNull(path);
        this.status = Objects.requireNonNull(status);
        this.reasonCode = Objects.requireNonNull(reasonCode);
        this.evidence = evidence;
    }

    /** AVAILABLE with its evidence as coded texts (ADR 0027). */
    public static PathResult available(InformationPath path, List<CodedText> evidence) {
        return new PathResult(
                path, PathStatus.AVAILABLE, "SUFFICIENT", CodedText.storedList(evidence, 1000));
    }

    public static PathResult available(InformationPath path, CodedText evidence) {
        return available(path, List.of(evidence));
    }

    /** INSUFFICIENT with its reason code and its evidence as coded texts (ADR 0027). */
    public static PathResult insufficient(
            InformationPath path, String reasonCode, List<CodedText> evidence) {
        return new PathResult(
                path, PathStatus.INSUFFICIENT, reasonCode, CodedText.storedList(evidence, 1000));
    }

    public static PathResult insufficient(
            InformationPath path, String reasonCode, CodedText evidence) {
        return insufficient(path, reasonCode, List.of(evidence));
    }

    public boolean isAvailable() {
        return status == PathStatus.AVAILABLE;
    }

    public InformationPath getPath() {
        return path;
    }

    public PathStatus getStatus() {
        return status;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getEvidence() {
        return evidence;
    }

    @Override
    public String toString() {
        return path + " " + status + " " + reasonCode + ": " + evidence;
    }
}
