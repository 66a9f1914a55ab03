package org.tiaojie.casework.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A year of the calendar: provisional (its days off computed from the law) until an administrator
 * enters the State Council's notice for it (国务院办公厅关于某年部分节假日安排的通知).
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    @Id
    @Column(name = "cal_year", nullable = false)
    private int year;

    /** The notice's title and number as the administrator entered it; null while provisional. */
    @Column(name = "notice", length = 200)
    private String notice;

    @Column(name = "entered_at")
    private Instant enteredAt;

    @Column(name = "entered_by", length = 40)
    private String enteredBy;

    /** The day administrators were last reminded to enter this year's notice (once a day from 1 November). */
    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CalendarYear() {
    }

    CalendarYear(int year) {
        this.year = year;
    }

    void announce(String notice, Instant at, String by) {
        this.notice = notice;
        this.enteredAt = at;
        this.enteredBy = by;
    }

    public int getYear() {
        return year;
    }

    public boolean isAnnounced() {
        return notice != null;
    }

    public String getNotice() {
        return notice;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public String getEnteredBy() {
        return enteredBy;
    }
}
