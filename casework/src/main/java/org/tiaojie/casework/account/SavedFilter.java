package org.tiaojie.casework.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;

/** A list filter a user saved under a name; the screen that made it owns the meaning of {@code query}. */
@Entity
@Table(name = "saved_filter")
public class SavedFilter extends BaseEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "screen", nullable = false, length = 40, updatable = false)
    private String screen;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "filter_query", nullable = false, length = 1000)
    private String query;

    protected SavedFilter() {
    }

    SavedFilter(long userId, String screen, String name, String query) {
        if (name == null || name.isBlank()) {
            throw new CaseworkException("filter.name.required");
        }
        if (name.strip().length() > 40) {
            throw new CaseworkException("filter.name.tooLong", 40);
        }
        this.userId = userId;
        this.screen = screen;
        this.name = name.strip();
        this.query = query == null ? "" : query;
    }

    void replace(String newQuery) {
        this.query = newQuery == null ? "" : newQuery;
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }
}
