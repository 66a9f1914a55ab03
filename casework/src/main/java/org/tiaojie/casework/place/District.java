package org.tiaojie.casework.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiaojie.casework.shared.BaseEntity;

/** 区(县): the top of the place hierarchy and the widest jurisdiction. */
@Entity
@Table(name = "district")
public class District extends BaseEntity {

    @Column(name = "code", nullable = false, length = 12)
    private String code;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected District() {
    }

    public District(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
