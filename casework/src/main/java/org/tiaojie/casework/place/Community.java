package org.tiaojie.casework.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiaojie.casework.shared.BaseEntity;

/** 社区(村). */
@Entity
@Table(name = "community")
public class Community extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "street_id", nullable = false)
    private Street street;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Community() {
    }

    public Community(Street street, String name) {
        this.street = street;
        this.name = name;
    }

    public Street getStreet() {
        return street;
    }

    public String getName() {
        return name;
    }
}
