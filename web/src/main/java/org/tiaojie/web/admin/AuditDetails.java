package org.tiaojie.web.admin;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/**
 * An audit entry's 详情 in words for the reader of the log. The log keeps what was recorded, byte for byte (its hash
 * chain covers it); this only reads it: a case event's fields ({@code [disputeId=…, at=…Z, …]}) become labelled
 * values with times in Beijing time, leaving out what the log's own columns say (case, time, user); a login's
 * address and outcome are said in words, the loopback address as 本机. What it does not recognise is shown as
 * recorded.
 */
final class AuditDetails {

    private static final Pattern FIELD = Pattern.compile("(\\w+)=(.*?)(?=, \\w+=|$)");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Fields a case event repeats from the log's own columns. */
    private static final List<String> SHOWN_ELSEWHERE = List.of("disputeId", "at", "actor");
    /** Fields whose value is a constant of an enum with labels in the bundles. */
    private static final Map<String, String> ENUMS = Map.of("channel", "Channel", "tier", "Tier", "toTier", "Tier",
            "closureType", "ClosureType", "kind", "ClockKind", "state", "DisputeState");
    /** The phrases a login entry is recorded with. */
    private static final List<String> LOGIN_PHRASES = List.of("second factor pending", "second factor given",
            "no such user", "wrong second factor", "second factor reused", "BadCredentialsException",
            "LockedException", "DisabledException");

    private AuditDetails() {
    }

    /** A kept document's kind and version ("BUNDLE v2"). */
    private static final Pattern DOCUMENT = Pattern.compile("([A-Z_]+) v(\\d+)");
    /** Fields that hold an organisation's (a mediation body's or a court's) id. */
    private static final List<String> ORGANISATIONS = List.of("organisationId", "toOrganisationId", "courtId");

    /** {@code organisations} names an organisation by its id (null when there is none). */
    static String words(Component owner, String detail, java.util.function.LongFunction<String> organisations) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        String d = detail.strip();
        if (d.startsWith("[") && d.endsWith("]")) {
            return fields(owner, d.substring(1, d.length() - 1), organisations);
        }
        Matcher document = DOCUMENT.matcher(d);
        if (document.matches()) {
            return owner.getTranslation("audit.document", label(owner, "enum.DocumentKind." + document.group(1),
                    document.group(1)), document.group(2));
        }
        if (d.startsWith("from ")) {
            return login(owner, d.substring(5));
        }
        return d;
    }

    private static String fields(Component owner, String body, java.util.function.LongFunction<String> organisations) {
        List<String> parts = new ArrayList<>();
        Matcher m = FIELD.matcher(body);
        while (m.find()) {
            String key = m.group(1);
            String value = m.group(2);
            if (SHOWN_ELSEWHERE.contains(key) || "null".equals(value) || value.isEmpty()) {
                continue;
            }
            String shown = value(owner, key, value);
            if (ORGANISATIONS.contains(key) && value.matches("\\d+")) {
                String name = organisations.apply(Long.parseLong(value));
                shown = name == null ? shown : name;
            }
            parts.add(owner.getTranslation("audit.fieldValue", label(owner, "audit.field." + key, key), shown));
        }
        return parts.isEmpty() ? "" : String.join(owner.getTranslation("audit.join"), parts);
    }

    private static String value(Component owner, String key, String value) {
        if (INSTANT.matcher(value).matches()) {
            try {
                return MINUTES.format(Instant.parse(value).atZone(CaseworkConfiguration.ZONE));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        String type = ENUMS.get(key);
        return type == null ? value : label(owner, "enum." + type + "." + value, value);
    }

    private static String login(Component owner, String rest) {
        String[] parts = rest.split(", ");
        String address = parts[0];
        String shown = switch (address) {
            case "0:0:0:0:0:0:0:1", "::1", "127.0.0.1" -> owner.getTranslation("audit.loopback", address
                    .replace("0:0:0:0:0:0:0:1", "::1"));
            default -> address;
        };
        StringBuilder out = new StringBuilder(owner.getTranslation("audit.fromAddress", shown));
        for (int i = 1; i < parts.length; i++) {
            String phrase = parts[i];
            out.append(owner.getTranslation("audit.join")).append(LOGIN_PHRASES.contains(phrase)
                    ? owner.getTranslation("audit.phrase." + phrase.replace(' ', '_')) : phrase);
        }
        return out.toString();
    }

    /** A bundle's text, or {@code fallback} when the bundle has none (a field added later reads as its name). */
    private static String label(Component owner, String key, String fallback) {
        String text = owner.getTranslation(key);
        return text == null || text.isBlank() || text.equals("!" + key) ? fallback : text;
    }
}
