package org.tiaojie.casework.account;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's saved list filters, per screen; saving under an existing name replaces it. */
@Service
public class SavedFilterService {

    private final SavedFilterRepository filters;

    SavedFilterService(SavedFilterRepository filters) {
        this.filters = filters;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SavedFilterRow> mine(String screen) {
        return filters.findByUserIdAndScreenOrderByName(CurrentUser.require().userId(), screen).stream()
                .map(f -> new SavedFilterRow(f.getId(), f.getName(), f.getQuery())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void save(String screen, String name, String query) {
        long user = CurrentUser.require().userId();
        String key = name == null ? null : name.strip();
        filters.findByUserIdAndScreenAndName(user, screen, key).ifPresentOrElse(f -> f.replace(query),
                () -> filters.save(new SavedFilter(user, screen, name, query)));
    }

    /** Deletes one of the user's own filters; another user's id changes nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void delete(long id) {
        long user = CurrentUser.require().userId();
        filters.findById(id).filter(f -> f.getUserId() == user).ifPresent(filters::delete);
    }
}
