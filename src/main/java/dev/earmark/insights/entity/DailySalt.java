package dev.earmark.insights.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The secret that one day's client hashes are made with; deleted when the day is over. */
@Entity
@Table(name = "insights_salt")
public class DailySalt extends PersistentEntity {

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
