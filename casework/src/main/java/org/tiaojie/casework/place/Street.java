package org.tiaojie.casework.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiaojie.casework.shared.BaseEntity;

/** 街道(镇). */
@Entity
@Table(name = "street")
public class Street extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private District district;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Street() {
    }

    public Street(District district, String name) {
        this.district = district;
        this.name = name;
    }

    public District getDistrict() {
        return district;
    }

    public String getName() {
        return name;
    }
}
