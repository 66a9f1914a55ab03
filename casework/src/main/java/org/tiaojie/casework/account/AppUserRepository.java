package org.tiaojie.casework.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("""
            select u from AppUser u join fetch u.organisation o join fetch o.district
            left join fetch o.street left join fetch o.community
            where u.username = :username""")
    Optional<AppUser> findForLogin(@Param("username") String username);

    boolean existsByUsername(String username);

    @Query("""
            select new org.tiaojie.casework.account.UserRow(u.id, u.username, u.displayName, o.id, o.name,
                u.enabled, u.version, u.lockedUntil, case when u.totpSecret is null then false else true end)
            from AppUser u join u.organisation o
            where (:text is null or lower(u.username) like :text or u.displayName like :text or o.name like :text)
            order by o.name, u.username""")
    List<UserRow> findRows(@Param("text") String text, Pageable pageable);

    @Query("""
            select count(u) from AppUser u join u.organisation o
            where (:text is null or lower(u.username) like :text or u.displayName like :text or o.name like :text)""")
    long countRows(@Param("text") String text);
}
