package org.tiaojie.casework.intake;

/** The repeat-call rule as the routing screen edits it (see {@link RepeatCallRule}). */
public record RepeatCallSettings(boolean enabled, int windowDays, int similarPercent, long version) {
}
