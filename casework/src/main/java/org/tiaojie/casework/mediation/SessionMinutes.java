package org.tiaojie.casework.mediation;

import java.time.Instant;

/**
 * 调解笔录 of a held session: when it was held (and ended), the recorder, attendance, what each
 * side stated, questions and answers, and the outcome; an oral agreement is written in the outcome.
 */
public record SessionMinutes(Instant heldAt, Instant endedAt, String recorder, String attendance, String statements,
        String questionsAnswers, String outcomeNote, boolean oralAgreement) {
}
