package org.tiaojie.casework.reply;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes each 12345 reply to the callback URL of every enabled platform of the case's district, as
 * JSON (POST), once the reply has committed. A platform that does not answer 2xx within the timeout
 * is tried again: the event publication registry keeps the event until every platform took it, and
 * the 事件补投 job delivers it again every few minutes; a platform that took it is not sent it twice.
 * Each try is recorded (platform_reply_push: attempts, last error, when taken).
 */
@Component
class PlatformReplyPush {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformReplyPush.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    PlatformReplyPush(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    void push(PlatformReplyGiven given) {
        var reply = jdbc.queryForMap("""
                select r.id, r.final_reply, r.content, r.replied_at, r.replied_by_name, r.organisation_name,
                       d.external_ref, d.case_number, d.district_id
                from platform_reply r join dispute d on d.id = r.dispute_id where r.id = ?""", given.replyId());
        List<Map<String, Object>> platforms = jdbc.queryForList("""
                select p.id, p.code, p.callback_url from platform_client p join organisation o on o.id = p.organisation_id
                where p.enabled = true and p.callback_url is not null and o.district_id = ?
                  and not exists (select 1 from platform_reply_push x where x.reply_id = ? and x.platform_id = p.id
                                  and x.pushed_at is not null)
                order by p.id""", reply.get("district_id"), given.replyId());
        if (platforms.isEmpty()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderNumber", reply.get("external_ref"));
        // the orders kept on this case as further calls of the same matter (并单) before the reply: it answers them too
        List<String> merged = jdbc.queryForList("""
                select c.external_ref from dispute_contact c join platform_reply r on r.dispute_id = c.dispute_id
                where r.id = ? and c.channel = 'HOTLINE_12345' and c.external_ref is not null and c.split_to is null
                  and c.occurred_at <= r.replied_at order by c.occurred_at, c.id""", String.class, given.replyId());
        List<String> all = new java.util.ArrayList<>();
        if (reply.get("external_ref") != null) {
            all.add((String) reply.get("external_ref"));
        }
        all.addAll(merged);
        body.put("orderNumbers", all);
        body.put("caseNumber", reply.get("case_number"));
        body.put("kind", Boolean.TRUE.equals(reply.get("final_reply")) ? "FINAL" : "STAGE");
        body.put("content", reply.get("content"));
        body.put("repliedAt", ((Timestamp) reply.get("replied_at")).toInstant().toString());
        body.put("repliedBy", reply.get("replied_by_name"));
        body.put("organisation", reply.get("organisation_name"));
        byte[] json = JSON.writeValueAsBytes(body);
        int failed = 0;
        for (Map<String, Object> p : platforms) {
            long platform = ((Number) p.get("id")).longValue();
            String error = send(String.valueOf(p.get("callback_url")), json);
            record(given.replyId(), platform, error, Instant.now(clock));
            if (error != null) {
                failed++;
                LOG.info("12345 reply {} not taken by platform {}: {}", given.replyId(), p.get("code"), error);
            }
        }
        if (failed > 0) {
            // the registry keeps the publication incomplete: the redelivery job tries again
            throw new IllegalStateException(failed + " platform(s) did not take 12345 reply " + given.replyId());
        }
    }

    /** Sends the reply; null when the platform answered 2xx, else what went wrong. */
    private String send(String url, byte[] json) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private void record(long replyId, long platformId, String error, Instant at) {
        Timestamp now = Timestamp.from(at);
        String shortError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        int updated = error == null
                ? jdbc.update("update platform_reply_push set attempts = attempts + 1, last_attempt_at = ?, last_error = null,"
                        + " pushed_at = ? where reply_id = ? and platform_id = ?", now, now, replyId, platformId)
                : jdbc.update("update platform_reply_push set attempts = attempts + 1, last_attempt_at = ?, last_error = ?"
                        + " where reply_id = ? and platform_id = ?", now, shortError, replyId, platformId);
        if (updated == 0) {
            jdbc.update("""
                    insert into platform_reply_push (reply_id, platform_id, attempts, last_attempt_at, last_error, pushed_at)
                    values (?, ?, 1, ?, ?, ?)""", replyId, platformId, now, shortError, error == null ? now : null);
        }
    }
}
