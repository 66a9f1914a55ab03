package org.tiaojie.casework.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * 纠纷类别, two levels. A top-level category may say which tier its disputes start at
 * (e.g. 专项维修资金 starts at the street) and which functional department it belongs to
 * (违章搭建 → 综合执法), in which case disputes are transferred out rather than mediated.
 */
@Entity
@Table(name = "dispute_category")
public class DisputeCategory extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private DisputeCategory parent;

    @Column(name = "code", nullable = false, length = 40, unique = true)
    private String code;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Column(name = "name_en", length = 80)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_tier", length = 20)
    private Tier startTier;

    @Column(name = "functional_department", length = 50)
    private String functionalDepartment;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DisputeCategory() {
    }

    public DisputeCategory(DisputeCategory parent, String code, String name) {
        if (parent != null && parent.parent != null) {
            throw new CaseworkException("category.depth");
        }
        this.parent = parent;
        this.code = checkCode(code);
        this.name = checkName(name);
    }

    static String checkCode(String code) {
        String value = code == null ? "" : code.strip().toUpperCase();
        if (!value.matches("[A-Z][A-Z0-9_.]{1,39}")) {
            throw new CaseworkException("category.code.invalid");
        }
        return value;
    }

    static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new CaseworkException("category.name.required");
        }
        if (name.strip().length() > 50) {
            throw new CaseworkException("category.name.tooLong", 50);
        }
        return name.strip();
    }

    public void update(String name, String nameEn, Tier startTier, String functionalDepartment, int sortOrder,
            boolean active) {
        this.name = checkName(name);
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
        this.startTier = startTier;
        this.functionalDepartment = functionalDepartment == null || functionalDepartment.isBlank()
                ? null : functionalDepartment.strip();
        this.sortOrder = sortOrder;
        this.active = active;
    }

    public DisputeCategory getParent() {
        return parent;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Tier getStartTier() {
        return startTier;
    }

    public String getFunctionalDepartment() {
        return functionalDepartment;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
