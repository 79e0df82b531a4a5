package dev.earmark.feeds.entity;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The feed a show was imported from and is kept current with: its address, the validators of the copy fetched last,
 * how often it is refreshed, the last refresh's outcome, and the claim of the one server refreshing it now.
 */
@Entity
@Table(name = "feed_source")
@NamedQuery(name = FeedSource.FIND_ALL, query = "SELECT f FROM FeedSource f JOIN FETCH f.show ORDER BY f.show.title, f.id")
@NamedQuery(name = FeedSource.FIND_BY_SHOW, query = "SELECT f FROM FeedSource f WHERE f.show.id = :showId")
@NamedQuery(name = FeedSource.FIND_BY_URL, query = "SELECT f FROM FeedSource f JOIN FETCH f.show WHERE f.url = :url")
@NamedQuery(name = FeedSource.FIND_DUE_IDS, query = "SELECT f.id FROM FeedSource f WHERE f.refreshMinutes > 0 "
        + "AND f.nextRefreshAt <= :now AND " + FeedSource.UNCLAIMED + " ORDER BY f.nextRefreshAt, f.id")
@NamedQuery(name = FeedSource.CLAIM, query = "UPDATE FeedSource f SET f.claimedBy = :claim, f.claimedUntil = :until "
        + "WHERE f.id = :id AND " + FeedSource.UNCLAIMED)
@NamedQuery(name = FeedSource.RELEASE, query = "UPDATE FeedSource f SET f.claimedBy = NULL, f.claimedUntil = NULL "
        + "WHERE f.id = :id AND f.claimedBy = :claim")
public class FeedSource extends PersistentEntity {

    public static final String FIND_ALL = "FeedSource.findAll";
    public static final String FIND_BY_SHOW = "FeedSource.findByShow";
    public static final String FIND_BY_URL = "FeedSource.findByUrl";
    /** The sources whose refresh is due and that no server has claimed, or whose claim ran out. */
    public static final String FIND_DUE_IDS = "FeedSource.findDueIds";
    /** Takes a source for one server: 1 row updated, or 0 when another server has it. */
    public static final String CLAIM = "FeedSource.claim";
    public static final String RELEASE = "FeedSource.release";
    static final String UNCLAIMED = "(f.claimedUntil IS NULL OR f.claimedUntil < :now)";

    public static final int URL_LENGTH = 2000;
    public static final int FAILURE_ARGUMENTS_LENGTH = 2000;
    /** Separates the failure's arguments: a character no address or message argument has. */
    private static final String ARGUMENT_SEPARATOR = "\u001f";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "show_id", nullable = false, updatable = false)
    private Show show;

    @NotNull
    @Size(max = URL_LENGTH)
    @Column(name = "url", nullable = false, length = URL_LENGTH)
    private String url;

    @Column(name = "copy_audio", nullable = false)
    private boolean copyAudio;

    @Column(name = "entity_tag", length = 500)
    private String entityTag;

    @Column(name = "last_modified", length = 100)
    private String lastModified;

    @Column(name = "refresh_minutes", nullable = false)
    private int refreshMinutes;

    @Column(name = "followed_at", nullable = false)
    private Instant followedAt;

    @Column(name = "next_refresh_at")
    private Instant nextRefreshAt;

    @Column(name = "last_refresh_at")
    private Instant lastRefreshAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_outcome", length = 20)
    private RefreshOutcome lastOutcome;

    @Column(name = "last_added", nullable = false)
    private int lastAdded;

    @Column(name = "last_updated", nullable = false)
    private int lastUpdated;

    @Column(name = "last_unchanged", nullable = false)
    private int lastUnchanged;

    @Column(name = "last_skipped", nullable = false)
    private int lastSkipped;

    @Column(name = "failure_key", length = 100)
    private String failureKey;

    @Column(name = "failure_arguments", length = FAILURE_ARGUMENTS_LENGTH)
    private String failureArguments;

    @Column(name = "claimed_by", length = 36)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected FeedSource() {
    }

    public FeedSource(Show show, String url, boolean copyAudio, RefreshInterval interval, Instant now) {
        this.show = show;
        this.url = url;
        this.copyAudio = copyAudio;
        this.followedAt = now;
        changeInterval(interval, now);
    }

    /** The next refresh is one interval from now (none when off). */
    public void changeInterval(RefreshInterval interval, Instant now) {
        refreshMinutes = interval.minutes();
        nextRefreshAt = interval == RefreshInterval.OFF ? null : now.plus(interval.duration());
    }

    public void follow(String newUrl, boolean newCopyAudio) {
        if (!newUrl.equals(url)) {
            // Another feed's validators say nothing of this one.
            entityTag = null;
            lastModified = null;
        }
        url = newUrl;
        copyAudio = newCopyAudio;
    }

    public void imported(Instant at, String newEntityTag, String newLastModified, int added, int updated, int unchanged,
            int skipped) {
        finished(at, RefreshOutcome.OK);
        entityTag = newEntityTag;
        lastModified = newLastModified;
        lastAdded = added;
        lastUpdated = updated;
        lastUnchanged = unchanged;
        lastSkipped = skipped;
    }

    public void notModified(Instant at, String newEntityTag, String newLastModified) {
        finished(at, RefreshOutcome.NOT_MODIFIED);
        entityTag = newEntityTag;
        lastModified = newLastModified;
    }

    public void failed(Instant at, String key, Object... arguments) {
        finished(at, RefreshOutcome.FAILED);
        failureKey = key;
        String joined = String.join(ARGUMENT_SEPARATOR, Arrays.stream(arguments).map(String::valueOf).toList());
        failureArguments = joined.length() > FAILURE_ARGUMENTS_LENGTH ? joined.substring(0, FAILURE_ARGUMENTS_LENGTH) : joined;
    }

    private void finished(Instant at, RefreshOutcome outcome) {
        lastRefreshAt = at;
        lastOutcome = outcome;
        lastAdded = 0;
        lastUpdated = 0;
        lastUnchanged = 0;
        lastSkipped = 0;
        failureKey = null;
        failureArguments = null;
        RefreshInterval interval = getRefreshInterval();
        nextRefreshAt = interval == RefreshInterval.OFF ? null : at.plus(interval.duration());
        claimedBy = null;
        claimedUntil = null;
    }

    public Show getShow() {
        return show;
    }

    public String getUrl() {
        return url;
    }

    public boolean isCopyAudio() {
        return copyAudio;
    }

    public String getEntityTag() {
        return entityTag;
    }

    public String getLastModified() {
        return lastModified;
    }

    public RefreshInterval getRefreshInterval() {
        return RefreshInterval.ofMinutes(refreshMinutes);
    }

    public Instant getFollowedAt() {
        return followedAt;
    }

    public Instant getNextRefreshAt() {
        return nextRefreshAt;
    }

    public Instant getLastRefreshAt() {
        return lastRefreshAt;
    }

    public RefreshOutcome getLastOutcome() {
        return lastOutcome;
    }

    public int getLastAdded() {
        return lastAdded;
    }

    public int getLastUpdated() {
        return lastUpdated;
    }

    public int getLastUnchanged() {
        return lastUnchanged;
    }

    public int getLastSkipped() {
        return lastSkipped;
    }

    public String getFailureKey() {
        return failureKey;
    }

    public List<String> getFailureArguments() {
        return failureArguments == null ? List.of() : List.of(failureArguments.split(ARGUMENT_SEPARATOR, -1));
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }
}
