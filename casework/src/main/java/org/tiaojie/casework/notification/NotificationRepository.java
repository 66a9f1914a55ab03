package org.tiaojie.casework.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select count(n) from Notification n where n.recipientId = :user and n.held = false and n.readAt is null")
    long countUnread(@Param("user") long userId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientId = :user and n.held = false and n.readAt is null")
    int markAllRead(@Param("user") long userId, @Param("at") Instant at);

    @Query(value = """
            select u.id from app_user u join app_user_role r on r.user_id = u.id
            where u.organisation_id = :org and u.enabled = true and r.role = 'MEDIATOR'""", nativeQuery = true)
    List<Long> mediatorsOf(@Param("org") long organisationId);

    @Query(value = """
            select u.id from dispute_handler h join app_user u on u.id = h.user_id
            where h.dispute_id = :dispute and h.organisation_id = :org and u.enabled = true order by u.id""",
            nativeQuery = true)
    List<Long> handlersOf(@Param("dispute") long disputeId, @Param("org") long organisationId);

    @Query(value = """
            select u.id from organisation o join app_user u on u.id = o.head_user_id
            where o.id = :org and u.enabled = true""", nativeQuery = true)
    List<Long> headOf(@Param("org") long organisationId);

    @Query(value = """
            select u.id from app_user u join app_user_role r on r.user_id = u.id
            where u.organisation_id = :org and u.enabled = true and r.role = 'COURT_CLERK'""", nativeQuery = true)
    List<Long> clerksOf(@Param("org") long courtId);

    @Query(value = """
            select u.id from app_user u join app_user_role r on r.user_id = u.id
            where u.enabled = true and r.role = 'ADMIN'""", nativeQuery = true)
    List<Long> administrators();

    /** Supervisors whose organisation's area covers the place: the district's, the street's or the community's. */
    @Query(value = """
            select u.id from app_user u join app_user_role r on r.user_id = u.id
            join organisation o on o.id = u.organisation_id
            where u.enabled = true and r.role = 'SUPERVISOR' and o.district_id = :district
              and (o.street_id is null or o.street_id = :street)
              and (o.community_id is null or o.community_id = :community)""", nativeQuery = true)
    List<Long> supervisorsOver(@Param("district") long districtId, @Param("street") long streetId,
            @Param("community") long communityId);

    /** Each user's id, phone (decrypted; null: none) and whether they take the day's summary. */
    @Query("select u.id, u.phone, u.noticeDigest from AppUser u where u.id in (:ids)")
    List<Object[]> recipients(@Param("ids") List<Long> userIds);
}
