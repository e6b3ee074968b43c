package com.microcredit.origination.domain.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * What one information path found: AVAILABLE with its evidence, or INSUFFICIENT with the reason (a
 * stable reason code and a sentence of evidence a credit officer can check).
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
        this.evidence = evidence.length() > 1000 ? evidence.substring(0, 997) + "..." : evidence;
    }

    public static PathResult available(InformationPath path, String evidence) {
        return new PathResult(path, PathStatus.AVAILABLE, "SUFFICIENT", evidence);
    }

    public static PathResult insufficient(
            InformationPath path, String reasonCode, String evidence) {
        return new PathResult(path, PathStatus.INSUFFICIENT, reasonCode, evidence);
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
