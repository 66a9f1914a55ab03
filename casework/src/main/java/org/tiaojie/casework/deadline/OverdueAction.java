package org.tiaojie.casework.deadline;

/**
 * What the sweep does when a clock of this policy runs out, besides telling the handling
 * organisation: nothing more, put the dispute under supervision (督办), or — for a tier's
 * mediation clock — escalate it one tier up (community → street → district). Where no tier is
 * above, or the dispute is no longer being mediated, escalation falls back to supervision.
 */
public enum OverdueAction {
    WARN, SUPERVISE, ESCALATE
}
