package org.attain.project;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A budgeted project of one year, with its approved budget (万元) and goal texts. */
@Table("project")
public class Project {

    /** Characters of a name (V6: VARCHAR(500)). */
    public static final int NAME_MAX = 500;
    /** Characters of the project type and the fund nature (V6: VARCHAR(200)). */
    public static final int LABEL_MAX = 200;
    /** Characters of the basis and of each goal text (TEXT holds 65,535 bytes: 10,000 characters of any script). */
    public static final int TEXT_MAX = 10_000;

    @Id
    private Long id;

    private AggregateReference<Department, Long> departmentId;

    @Column("budget_year")
    private int year;

    private String name;
    private BigDecimal budget;
    private String projectType;
    private String fundNature;
    private String basis;
    private String longTermGoal;
    private String annualGoal;

    @Version
    private Integer version;

    private Instant createdAt;
    private Instant updatedAt;

    Project() {}

    public Project(Long departmentId, int year, String name, BigDecimal budget) {
        this.departmentId = AggregateReference.to(departmentId);
        this.year = year;
        this.name = name;
        this.budget = budget;
        this.createdAt = Instant.now();
        this.updatedAt = this.createdAt;
    }

    /**
     * Copies the approved description of another reading of the same project (a re-import); returns whether anything
     * changed (an unchanged project keeps its time of update and need not be written).
     */
    public boolean describe(
            BigDecimal budget,
            String projectType,
            String fundNature,
            String basis,
            String longTermGoal,
            String annualGoal) {
        boolean same = this.budget != null
                && this.budget.compareTo(budget) == 0
                && Objects.equals(this.projectType, projectType)
                && Objects.equals(this.fundNature, fundNature)
                && Objects.equals(this.basis, basis)
                && Objects.equals(this.longTermGoal, longTermGoal)
                && Objects.equals(this.annualGoal, annualGoal);
        if (same) {
            return false;
        }
        this.budget = budget;
        this.projectType = projectType;
        this.fundNature = fundNature;
        this.basis = basis;
        this.longTermGoal = longTermGoal;
        this.annualGoal = annualGoal;
        this.updatedAt = Instant.now();
        return true;
    }

    /**
     * The name, 立项依据 and goal texts in one text, as the database's {@code CONCAT_WS(' ', name, basis,
     * long_term_goal, annual_goal)} joins them (absent ones left out): what tells a Spring Festival campaign from
     * year-round work.
     */
    public String text() {
        return String.join(
                " ",
                Stream.of(name, basis, longTermGoal, annualGoal)
                        .filter(Objects::nonNull)
                        .toList());
    }

    /** A new project's columns in the order of {@link ProjectStore}'s batched insert. */
    Object[] columns() {
        return new Object[] {
            getDepartmentId(),
            year,
            name,
            budget,
            projectType,
            fundNature,
            basis,
            longTermGoal,
            annualGoal,
            Timestamp.from(createdAt),
            Timestamp.from(updatedAt)
        };
    }

    public Long getId() {
        return id;
    }

    public Long getDepartmentId() {
        return departmentId.getId();
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getProjectType() {
        return projectType;
    }

    public String getFundNature() {
        return fundNature;
    }

    public String getBasis() {
        return basis;
    }

    public String getLongTermGoal() {
        return longTermGoal;
    }

    public String getAnnualGoal() {
        return annualGoal;
    }

    public Integer getVersion() {
        return version;
    }
}
