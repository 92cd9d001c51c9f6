package org.attain.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import org.attain.project.Project;
import org.attain.status.ProfileInference;
import org.attain.status.ProgressProfile;
import org.attain.targets.Comparator;
import org.attain.targets.Direction;
import org.attain.targets.Target;
import org.attain.targets.TargetParser;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A three-level indicator (一级 category → 二级 subcategory → 三级 name) with its approved target.
 * Its own aggregate, so that actuals recorded against it keep their reference when targets are re-imported.
 */
@Table("indicator")
public class Indicator {

    public static final int NAME_MAX = 500;
    public static final int TARGET_MAX = 200;

    @Id
    private Long id;

    private AggregateReference<Project, Long> projectId;
    private GoalTable goalTable;
    private int position;
    private String category;
    private String subcategory;
    private String name;
    private String targetText;
    private String comparator;
    private BigDecimal targetValue;
    private String unit;
    private Direction direction;
    private String targetBasis;
    private String progressProfile;

    @Version
    private Integer version;

    /** {@link #getTarget()} parsed once (an import asks for it several times per row); cleared when its parts change. */
    @Transient
    private Target target;

    Indicator() {}

    public Indicator(
            Long projectId,
            GoalTable goalTable,
            int position,
            String category,
            String subcategory,
            String name,
            Target target,
            String targetBasis) {
        this(projectId, goalTable, position, category, subcategory, name, target, targetBasis, "");
    }

    /** A new indicator whose progress profile is inferred from its wording and its project's texts. */
    public Indicator(
            Long projectId,
            GoalTable goalTable,
            int position,
            String category,
            String subcategory,
            String name,
            Target target,
            String targetBasis,
            String projectText) {
        this.projectId = AggregateReference.to(projectId);
        this.goalTable = goalTable;
        this.name = name;
        place(position, category, subcategory, targetBasis);
        setTarget(target);
        this.progressProfile = ProfileInference.explain(name, subcategory, target, projectText)
                .profile()
                .encode();
    }

    /** Moves and files the indicator as the document does; returns whether anything changed. */
    boolean place(int position, String category, String subcategory, String targetBasis) {
        boolean same = this.position == position
                && Objects.equals(this.category, category)
                && Objects.equals(this.subcategory, subcategory)
                && Objects.equals(this.targetBasis, targetBasis);
        this.position = position;
        this.category = category;
        this.subcategory = subcategory;
        this.targetBasis = targetBasis;
        this.target = null;
        return !same;
    }

    void setTarget(Target target) {
        this.targetText = target.text();
        this.comparator =
                target.comparator() == null ? null : target.comparator().ascii();
        this.targetValue = target.value();
        this.unit = target.unit();
        this.direction = target.direction();
        this.target = null;
    }

    /** The target as stored: the text as written and its parsed meaning (including a comparator the officer chose). */
    public Target getTarget() {
        Target t = target;
        if (t == null) {
            t = parseTarget();
            target = t;
        }
        return t;
    }

    private Target parseTarget() {
        if (direction == Direction.QUALITATIVE) {
            return new Target(targetText, null, null, null, Direction.QUALITATIVE, false, null);
        }
        Comparator c = Comparator.fromAscii(comparator);
        Target parsed = TargetParser.parse(targetText, subcategory);
        return new Target(targetText, c, targetValue, unit, direction, parsed.explicit(), null);
    }

    /**
     * The same indicator judged against another target: an approved adjustment in force at a checkpoint. A copy for
     * reading (the entry form, its rules); it is never saved.
     */
    public Indicator inForce(Target target) {
        Indicator copy = new Indicator();
        copy.id = id;
        copy.projectId = projectId;
        copy.goalTable = goalTable;
        copy.name = name;
        copy.place(position, category, subcategory, targetBasis);
        copy.progressProfile = progressProfile;
        copy.version = version;
        copy.setTarget(target);
        return copy;
    }

    public ProgressProfile getProgressProfile() {
        return ProgressProfile.decode(progressProfile);
    }

    void setProgressProfile(ProgressProfile profile) {
        this.progressProfile = profile.encode();
    }

    public boolean isCost() {
        return TargetParser.COST_SUBCATEGORY.equals(subcategory);
    }

    /** The columns a batch insert of new indicators writes, in the order of {@link IndicatorService}'s statement. */
    Object[] columns() {
        return new Object[] {
            projectId.getId(),
            goalTable.name(),
            position,
            category,
            subcategory,
            name,
            targetText,
            comparator,
            targetValue,
            unit,
            direction.name(),
            targetBasis,
            progressProfile
        };
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId.getId();
    }

    public GoalTable getGoalTable() {
        return goalTable;
    }

    public int getPosition() {
        return position;
    }

    public String getCategory() {
        return category;
    }

    public String getSubcategory() {
        return subcategory;
    }

    public String getName() {
        return name;
    }

    public String getTargetText() {
        return targetText;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getTargetBasis() {
        return targetBasis;
    }

    public Integer getVersion() {
        return version;
    }
}
