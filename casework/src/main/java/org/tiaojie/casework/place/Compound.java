package org.tiaojie.casework.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiaojie.casework.shared.BaseEntity;

/** 小区: where disputes happen; a property company or none (无物业小区). */
@Entity
@Table(name = "compound")
public class Compound extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private Community community;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    /** Pinyin initials of the name for quick search ("jhy" for 锦华苑). */
    @Column(name = "pinyin_initials", length = 30)
    private String pinyinInitials;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "households", nullable = false)
    private int households;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "property_company_id")
    private PropertyCompany propertyCompany;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Compound() {
    }

    public Compound(Community community, String name, String pinyinInitials, String address, int households,
            PropertyCompany propertyCompany) {
        this.community = community;
        this.name = name;
        this.pinyinInitials = pinyinInitials;
        this.address = address;
        this.households = households;
        this.propertyCompany = propertyCompany;
    }

    public Community getCommunity() {
        return community;
    }

    public String getName() {
        return name;
    }

    public String getPinyinInitials() {
        return pinyinInitials;
    }

    public String getAddress() {
        return address;
    }

    public int getHouseholds() {
        return households;
    }

    public PropertyCompany getPropertyCompany() {
        return propertyCompany;
    }
}
