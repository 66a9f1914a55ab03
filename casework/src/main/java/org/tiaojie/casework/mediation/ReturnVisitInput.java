package org.tiaojie.casework.mediation;

import java.time.LocalDate;

/** What a return visit records; 不满意 needs comments saying why, and reopens the case. */
public record ReturnVisitInput(LocalDate visitedOn, ReturnVisit.VisitMethod method, ReturnVisit.Satisfaction satisfaction,
        String comments, String visitor) {
}
