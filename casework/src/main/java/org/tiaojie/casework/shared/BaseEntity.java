package org.tiaojie.casework.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Identity for every entity: ids come in blocks from one table ({@link BlockIdGenerator}), so
 * the same migrations work on H2, MariaDB and MySQL and inserts can be batched. Equality is by
 * id with a constant hash code.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @BlockId
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    public Long getId() {
        return id;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || org.hibernate.Hibernate.getClass(this) != org.hibernate.Hibernate.getClass(other)) {
            return false;
        }
        Long otherId = ((BaseEntity) other).getId();
        return id != null && id.equals(otherId);
    }

    @Override
    public final int hashCode() {
        return org.hibernate.Hibernate.getClass(this).hashCode();
    }
}
