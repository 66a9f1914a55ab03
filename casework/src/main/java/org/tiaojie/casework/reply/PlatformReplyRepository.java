package org.tiaojie.casework.reply;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlatformReplyRepository extends JpaRepository<PlatformReply, Long> {

    List<PlatformReply> findByDisputeIdOrderByRepliedAtAscIdAsc(long disputeId);
}
