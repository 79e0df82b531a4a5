package dev.earmark.insights.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The secret that one day's client hashes are made with; deleted when the day is over. */
@Entity
@Table(name = "insights_salt")
@NamedQuery(name = DailySalt.FIND_BY_DAY, query = "SELECT s FROM DailySalt s WHERE s.day = :day")
@NamedQuery(name = DailySalt.DELETE_BEFORE, query = "DELETE FROM DailySalt s WHERE s.day < :day")
public class DailySalt extends PersistentEntity {

    public static final String FIND_BY_DAY = "DailySalt.findByDay";
    /** Forgets the salts of the days before :day, and with them every way of matching those days' hashes. */
    public static final String DELETE_BEFORE = "DailySalt.deleteBefore";

    public static final int SALT_LENGTH = 64;

    @NotNull
    @Column(name = "calendar_day", nullable = false, updatable = false)
    private LocalDate day;

    @NotNull
    @Size(max = SALT_LENGTH)
    @Column(name = "salt", nullable = false, updatable = false, length = SALT_LENGTH)
    private String salt;

    protected DailySalt() {
    }

    public DailySalt(LocalDate day, String salt) {
        this.day = day;
        this.salt = salt;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getSalt() {
        return salt;
    }
}
