package org.tiaojie.casework.account;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.shared.CaseworkMessages;

/**
 * Turns the login ids that records keep (who moved a case, who generated a document) into the names people know
 * each other by: a user's display name, a platform client's name, 系统 for the scheduled jobs and
 * 原系统 for what an earlier system did in the cases brought in from it. Login ids are
 * kept in the records because they identify an account for the audit; screens and documents show this instead.
 *
 * <p>Accounts are few (hundreds), so every node keeps them all in memory and reads them again after a minute, or
 * at once (at most every few seconds) when it meets a login it does not know yet — a user created on another node.
 */
@Component
public class PeopleNames {

    /** The login the scheduled jobs act under. */
    public static final String SYSTEM = "system";
    /** The login of what an earlier system did, in the cases brought in from it (历史案件导入). */
    public static final String HISTORY = "history";
    private static final String PLATFORM = "platform:";
    private static final long FRESH_NANOS = 60_000_000_000L;
    private static final long RETRY_NANOS = 5_000_000_000L;

    private final JdbcTemplate jdbc;
    private volatile Map<String, String> names = Map.of();
    private volatile long readAt = System.nanoTime() - 2 * FRESH_NANOS;

    PeopleNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's or platform's name for a login, in Chinese (documents are written in Chinese). */
    public String name(String login) {
        return name(login, Locale.SIMPLIFIED_CHINESE);
    }

    /** The name for a login; an unknown login (an account since removed) is shown as it is. */
    public String name(String login, Locale locale) {
        if (login == null || login.isBlank()) {
            return login;
        }
        if (SYSTEM.equals(login)) {
            return CaseworkMessages.get(locale, "actor.system");
        }
        if (HISTORY.equals(login)) {
            return CaseworkMessages.get(locale, "actor.history");
        }
        String key = login.startsWith(PLATFORM) ? login : login.toLowerCase(Locale.ROOT);
        Map<String, String> known = current(key);
        String name = known.get(key);
        return name != null ? name : login;
    }

    private Map<String, String> current(String wanted) {
        long age = System.nanoTime() - readAt;
        Map<String, String> known = names;
        if (age >= FRESH_NANOS || !known.containsKey(wanted) && age >= RETRY_NANOS) {
            known = read();
        }
        return known;
    }

    private synchronized Map<String, String> read() {
        Map<String, String> all = new HashMap<>();
        jdbc.query("select username, display_name from app_user",
                rs -> { all.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2)); });
        jdbc.query("select code, name from platform_client",
                rs -> { all.put(PLATFORM + rs.getString(1), rs.getString(2)); });
        names = Map.copyOf(all);
        readAt = System.nanoTime();
        return names;
    }
}
