package dev.earmark.catalogue.entity;

import dev.earmark.notes.control.ChapterMark;
import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Comparator;

@Entity
@Table(name = "chapter")
public class Chapter extends PersistentEntity {

    public static final int TITLE_MAX = 300;
    public static final int URL_MAX = 2000;

    static final Comparator<Chapter> BY_START = Comparator.comparingLong(Chapter::getStartMillis);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false)
    private Episode episode;

    /** Start in milliseconds: chapter marks in feeds carry fractions of a second. */
    @PositiveOrZero
    @Column(name = "start_ms", nullable = false)
    private long startMillis;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    /** A page about what the chapter talks about; players link to it, so only web addresses. */
    @Size(max = URL_MAX)
    @Pattern(regexp = "(?i)https?://\\S+", message = "{earmark.validation.webAddress}")
    @Column(length = URL_MAX)
    private String url;

    protected Chapter() {
    }

    public Chapter(long startMillis, String title, String url) {
        this.startMillis = startMillis;
        this.title = title;
        this.url = url;
    }

    void attachTo(Episode owner) {
        this.episode = owner;
    }

    /** The chapter as the text formats see it: a start, a title and an optional link. */
    public ChapterMark toMark() {
        return new ChapterMark(startMillis, title, url);
    }

    public Episode getEpisode() {
        return episode;
    }

    public long getStartMillis() {
        return startMillis;
    }

    public double getStartSeconds() {
        return startMillis / 1000.0;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }
}
