package org.tiaojie.casework.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiaojie.casework.shared.BaseEntity;

/** 物业服务企业. */
@Entity
@Table(name = "property_company")
public class PropertyCompany extends BaseEntity {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Column(name = "phone", length = 20)
    private String phone;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PropertyCompany() {
    }

    public PropertyCompany(String name, String creditCode, String phone) {
        this.name = name;
        this.creditCode = creditCode;
        this.phone = phone;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getPhone() {
        return phone;
    }
}
