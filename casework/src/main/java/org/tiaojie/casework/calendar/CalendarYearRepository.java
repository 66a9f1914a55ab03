package org.tiaojie.casework.calendar;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {

    /** Claims today's reminder for a year: 1 for the one node that sends it, 0 when sent already. */
    @Modifying
    @Query("update CalendarYear y set y.remindedOn = :today where y.year = :year and y.notice is null"
            + " and (y.remindedOn is null or y.remindedOn <> :today)")
    int claimReminder(@Param("year") int year, @Param("today") LocalDate today);
}
