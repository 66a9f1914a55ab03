package org.tiaojie.casework.mediation;

import java.time.LocalDate;

public record ReturnVisitRow(long id, LocalDate visitedOn, ReturnVisit.VisitMethod method,
        ReturnVisit.Satisfaction satisfaction, String comments, String visitor, String recordedBy) {
}
