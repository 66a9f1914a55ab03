package org.tiaojie.casework.dispute;

import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DisputeRepository extends JpaRepository<Dispute, Long> {

    /**
     * The dispute with its row locked until commit. Changes by users go through this: concurrent
     * changes of one dispute queue up instead of deadlocking on InnoDB's foreign-key locks (a
     * history insert takes a shared lock on the dispute row before the update needs an exclusive
     * one), and the later one then sees the new version and is refused with who changed it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Dispute d where d.id = :id")
    Optional<Dispute> findForUpdate(@Param("id") long id);

    @Query("select d.id from Dispute d where d.channel = :channel and d.externalRef = :ref")
    Optional<Long> findIdByChannelAndExternalRef(@Param("channel") Channel channel, @Param("ref") String externalRef);
}
