package org.tiaojie.casework.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlatformClientRepository extends JpaRepository<PlatformClient, Long> {

    @Query("select c from PlatformClient c join fetch c.organisation where c.keyHash = :hash")
    Optional<PlatformClient> findByKeyHash(@Param("hash") String hash);

    @Query("select c from PlatformClient c join fetch c.organisation order by c.code")
    List<PlatformClient> findAllOrdered();

    boolean existsByCode(String code);

    /** Marks use at most once a minute per client, so that busy clients do not write on every call. */
    @Modifying
    @Query("""
            update PlatformClient c set c.lastUsedAt = :now
            where c.id = :id and (c.lastUsedAt is null or c.lastUsedAt < :minuteAgo)""")
    int touch(@Param("id") long id, @Param("now") Instant now, @Param("minuteAgo") Instant minuteAgo);
}
