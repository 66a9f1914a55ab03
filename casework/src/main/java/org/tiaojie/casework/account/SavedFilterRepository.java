package org.tiaojie.casework.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedFilterRepository extends JpaRepository<SavedFilter, Long> {

    List<SavedFilter> findByUserIdAndScreenOrderByName(long userId, String screen);

    Optional<SavedFilter> findByUserIdAndScreenAndName(long userId, String screen, String name);
}
