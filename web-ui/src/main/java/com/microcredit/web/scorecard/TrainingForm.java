package com.microcredit.web.scorecard;

import com.microcredit.origination.api.DataSetPreview;
import com.microcredit.origination.api.TrainScorecard;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;

/**
 * What the scorecards page's training form holds between requests: the uploaded data set (name,
 * content and its preview), the target column and its bad value, the scaling and the
 * cross-validation choice. Part of {@link ScorecardsPage}'s view state, not a bean of its own.
 */
public class TrainingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Part upload;
    private String fileName;
    private byte[] content;
    private DataSetPreview preview;
    private String name;
    private String target;
    private String badValue;
    private Integer baseScore = 600;
    private Double baseOdds = 50.0;
    private Integer pointsToDouble = 40;
    private boolean crossValidate = true;

    /**
     * Keeps a file the service could read: its preview proposes the last column as the target and
     * the file's name as the scorecard's.
     */
    void accept(String submittedFileName, byte[] bytes, DataSetPreview p) {
        content = bytes;
        fileName = submittedFileName;
        preview = p;
        target = p.columns().get(p.columns().size() - 1).name();
        badValue = null;
        if (name == null || name.isBlank()) {
            name = fileName.replaceAll("\\.[A-Za-z]+$", "");
        }
    }

    boolean hasFile() {
        return content != null;
    }

    TrainScorecard command() {
        return new TrainScorecard(
                name,
                fileName,
                content,
                target,
                badValue,
                baseScore,
                baseOdds,
                pointsToDouble,
                null,
                crossValidate);
    }

    /** The values of the chosen target column (to pick the bad value from). */
    public List<String> getTargetValues() {
        if (preview == null || target == null) {
            return List.of();
        }
        return preview.columns().stream()
                .filter(c -> c.name().equals(target))
                .findFirst()
                .map(DataSetPreview.Column::values)
                .orElse(List.of());
    }

    public DataSetPreview getPreview() {
        return preview;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getFileName() {
        return fileName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getBadValue() {
        return badValue;
    }

    public void setBadValue(String badValue) {
        this.badValue = badValue;
    }

    public Integer getBaseScore() {
        return baseScore;
    }

    public void setBaseScore(Integer baseScore) {
        this.baseScore = baseScore;
    }

    public Double getBaseOdds() {
        return baseOdds;
    }

    public void setBaseOdds(Double baseOdds) {
        this.baseOdds = baseOdds;
    }

    public Integer getPointsToDouble() {
        return pointsToDouble;
    }

    public void setPointsToDouble(Integer pointsToDouble) {
        this.pointsToDouble = pointsToDouble;
    }

    public boolean isCrossValidate() {
        return crossValidate;
    }

    public void setCrossValidate(boolean crossValidate) {
        this.crossValidate = crossValidate;
    }
}
