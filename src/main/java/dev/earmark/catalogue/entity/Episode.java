package dev.earmark.catalogue.entity;

import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One episode of a show. Listeners see it when it is PUBLISHED or ARCHIVED, or SCHEDULED with a
 * published-at time that has passed: the queries below take "now" as a parameter, so a scheduled
 * episode appears on time without a job flipping its status.
 */
@Entity
@Table(name = "episode")
// Ordered as the index ix_episode_show_newest (the show first, which does not change the order of one show's
// episodes), so that H2 too reads the page's ids from that index and stops after them, reading no episode's row.
@NamedQuery(name = Episode.FIND_VISIBLE_IDS_BY_SHOW, query = "SELECT e.id FROM Episode e WHERE e.show = :show AND "
        + Episode.VISIBLE + " ORDER BY e.show, e.publishedAt DESC, e.id DESC")
@NamedQuery(name = Episode.FIND_VISIBLE_BY_IDS, query = "SELECT e FROM Episode e LEFT JOIN FETCH e.audioFile WHERE e.id IN :ids AND "
        + Episode.VISIBLE + " ORDER BY e.publishedAt DESC, e.id DESC")
@NamedQuery(name = Episode.FIND_VISIBLE_WITH_SHOW_BY_IDS, query = "SELECT e FROM Episode e JOIN FETCH e.show WHERE e.id IN :ids AND "
        + Episode.VISIBLE)
@NamedQuery(name = Episode.COUNT_VISIBLE_BY_SHOW, query = "SELECT COUNT(e) FROM Episode e WHERE e.show = :show AND "
        + Episode.VISIBLE)
@NamedQuery(name = Episode.FIND_VISIBLE_BY_ID, query = "SELECT e FROM Episode e JOIN FETCH e.show LEFT JOIN FETCH e.audioFile LEFT JOIN FETCH e.transcript "
        + "WHERE e.id = :id AND "
        + Episode.VISIBLE)
@NamedQuery(name = Episode.FIND_VISIBLE_BY_SLUGS, query = "SELECT e FROM Episode e JOIN FETCH e.show s LEFT JOIN FETCH e.audioFile "
        + "LEFT JOIN FETCH e.transcript WHERE s.slug = :showSlug AND e.slug = :slug AND " + Episode.VISIBLE)
@NamedQuery(name = Episode.FIND_LATEST_VISIBLE_IDS, query = "SELECT e.show.id, MAX(e.id) FROM Episode e WHERE "
        + Episode.VISIBLE + " AND e.publishedAt = (SELECT MAX(l.publishedAt) FROM Episode l WHERE l.show = e.show AND "
        + Episode.VISIBLE_L + ") GROUP BY e.show.id")
@NamedQuery(name = Episode.FIND_VISIBLE_DURATION, query = "SELECT e.id, e.durationSeconds FROM Episode e WHERE e.id = :id AND "
        + Episode.VISIBLE)
@NamedQuery(name = Episode.FIND_BY_GUID, query = "SELECT e FROM Episode e WHERE e.guid = :guid")
@NamedQuery(name = Episode.FIND_FOR_CURATION, query = "SELECT e FROM Episode e JOIN FETCH e.show LEFT JOIN FETCH e.audioFile "
        + "LEFT JOIN FETCH e.transcript WHERE e.id = :id")
@NamedQuery(name = Episode.FIND_BY_SHOW_AND_SLUG, query = "SELECT e FROM Episode e WHERE e.show = :show AND e.slug = :slug")
@NamedQuery(name = Episode.FIND_LISTENABLE_FILE, query = "SELECT m FROM MediaFile m WHERE m.id = :id AND ("
        + "EXISTS (SELECT s FROM Show s WHERE s.artwork = m) "
        + "OR EXISTS (SELECT e FROM Episode e WHERE e.audioFile = m AND " + Episode.VISIBLE + ") "
        + "OR EXISTS (SELECT e FROM Episode e WHERE e.transcript = m AND " + Episode.VISIBLE + "))")
@NamedQuery(name = Episode.FIND_VISIBLE_IDS_BY_AUDIO_FILE, query = "SELECT e.id FROM Episode e WHERE e.audioFile.id = :fileId "
        + "AND " + Episode.VISIBLE + " ORDER BY e.id")
@NamedQuery(name = Episode.FIND_AUDIO_BY_IDS, query = "SELECT e.id, e.show.id, e.durationSeconds, f.lengthBytes FROM Episode e "
        + "LEFT JOIN e.audioFile f WHERE e.id IN :ids")
@NamedQuery(name = Episode.ADD_SNIPS, query = "UPDATE Episode e SET e.snipCount = e.snipCount + :added, "
        + Episode.SAME_VERSION + " WHERE e.id = :id")
@NamedQuery(name = Episode.FIND_OUTDATED_NOTES, query = "SELECT e.id FROM Episode e WHERE e.derivedNotes.derivation < :derivation")
@NamedQuery(name = Episode.FIND_NOTES_TO_DERIVE, query = "SELECT e.id, e.version, e.description FROM Episode e "
        + "WHERE e.id IN :ids AND e.derivedNotes.derivation < :derivation ORDER BY e.id")
@NamedQuery(name = Episode.STORE_DERIVED_NOTES, query = "UPDATE Episode e SET e.derivedNotes.html = :html, "
        + "e.derivedNotes.htmlWithoutTimestamps = :htmlWithoutTimestamps, e.derivedNotes.teaser = :teaser, "
        + "e.derivedNotes.summary = :summary, e.derivedNotes.derivation = :derivation, " + Episode.SAME_VERSION
        + " WHERE e.id = :id AND e.version = :version AND e.derivedNotes.derivation < :derivation")
@NamedQuery(name = Episode.STATISTICS_BY_SHOW, query = "SELECT e.show.id, COUNT(e), MAX(e.publishedAt) FROM Episode e "
        + "WHERE " + Episode.VISIBLE + " GROUP BY e.show.id")
@NamedQuery(name = Episode.FIND_ALL_VISIBLE_BY_SHOW, query = "SELECT e FROM Episode e LEFT JOIN FETCH e.audioFile "
        + "LEFT JOIN FETCH e.transcript WHERE e.show = :show AND " + Episode.VISIBLE
        + " ORDER BY e.publishedAt DESC, e.id DESC")
@NamedQuery(name = Episode.FIND_PEOPLE_OF_VISIBLE_BY_SHOW, query = "SELECT e.id, p FROM Episode e JOIN e.people p "
        + "WHERE e.show = :show AND " + Episode.VISIBLE + " ORDER BY e.id, INDEX(p)")
@NamedQuery(name = Episode.FIND_CHAPTERS_OF_VISIBLE_BY_SHOW, query = "SELECT e.id, c FROM Chapter c JOIN c.episode e "
        + "WHERE e.show = :show AND " + Episode.VISIBLE + " ORDER BY e.id, c.startMillis, c.id")
public class Episode extends PersistentEntity {

    /** The ids of one page of a show's visible episodes, newest first; {@link #FIND_VISIBLE_BY_IDS} reads them. */
    public static final String FIND_VISIBLE_IDS_BY_SHOW = "Episode.findVisibleIdsByShow";
    /** Visible episodes by id, newest first, with their audio files. */
    public static final String FIND_VISIBLE_BY_IDS = "Episode.findVisibleByIds";
    /** Visible episodes by id with their shows, in no order: what search hits name. */
    public static final String FIND_VISIBLE_WITH_SHOW_BY_IDS = "Episode.findVisibleWithShowByIds";
    public static final String COUNT_VISIBLE_BY_SHOW = "Episode.countVisibleByShow";
    public static final String FIND_VISIBLE_BY_ID = "Episode.findVisibleById";
    public static final String FIND_VISIBLE_BY_SLUGS = "Episode.findVisibleBySlugs";
    /** Each show's newest visible episode: rows (show id, episode id), the highest id among equally new ones. */
    public static final String FIND_LATEST_VISIBLE_IDS = "Episode.findLatestVisibleIds";
    /** A row (id, duration in seconds or null) if listeners may see the episode: what a listening report is checked by. */
    public static final String FIND_VISIBLE_DURATION = "Episode.findVisibleDuration";
    public static final String FIND_BY_GUID = "Episode.findByGuid";
    /** Every visible episode of a show with its files, newest first: what its feed lists (a thousand is normal). */
    public static final String FIND_ALL_VISIBLE_BY_SHOW = "Episode.findAllVisibleByShow";
    /** Rows (episode id, person) of a show's visible episodes, in each one's order. */
    public static final String FIND_PEOPLE_OF_VISIBLE_BY_SHOW = "Episode.findPeopleOfVisibleByShow";
    /** Rows (episode id, chapter) of a show's visible episodes, each one's chapters by start. */
    public static final String FIND_CHAPTERS_OF_VISIBLE_BY_SHOW = "Episode.findChaptersOfVisibleByShow";
    public static final String STATISTICS_BY_SHOW = "Episode.statisticsByShow";
    /**
     * A stored file by id if listeners may fetch it: a show's artwork, or the audio or transcript of an
     * episode they can see. Here rather than in media, because the catalogue decides what is visible. One EXISTS
     * per column, as a condition on either of two columns is no index's condition: it read every episode.
     */
    public static final String FIND_LISTENABLE_FILE = "Episode.findListenableFile";
    /** The ids of the visible episodes whose audio is the stored file :fileId (one, as a rule), oldest first. */
    public static final String FIND_VISIBLE_IDS_BY_AUDIO_FILE = "Episode.findVisibleIdsByAudioFile";
    /** Rows (episode id, show id, duration in seconds or null, audio file's bytes or null) of :ids, whatever their status. */
    public static final String FIND_AUDIO_BY_IDS = "Episode.findAudioByIds";
    /** Any episode, whatever its status, with what its editor shows. */
    public static final String FIND_FOR_CURATION = "Episode.findForCuration";
    public static final String FIND_BY_SHOW_AND_SLUG = "Episode.findByShowAndSlug";
    /** Counts snips saved (or removed) without touching the version, so listeners never make a curator's save stale. */
    public static final String ADD_SNIPS = "Episode.addSnips";
    /** The ids of the episodes whose notes an older derivation made (by an index, without reading any notes). */
    public static final String FIND_OUTDATED_NOTES = "Episode.findOutdatedNotes";
    /** Rows (id, version, description) of those of the episodes :ids whose notes are still outdated, by id. */
    public static final String FIND_NOTES_TO_DERIVE = "Episode.findNotesToDerive";
    /**
     * Stores notes derived again, without touching the version, so a deployment never makes a curator's open form
     * stale; only while the episode is still at the version they were derived for, and only over an older derivation.
     */
    public static final String STORE_DERIVED_NOTES = "Episode.storeDerivedNotes";

    /**
     * What a bulk update sets to leave the version alone: EclipseLink raises the version of every row that a JPQL
     * update changes unless the update sets it itself.
     */
    static final String SAME_VERSION = "e.version = e.version";

    static final String STATUS = "dev.earmark.catalogue.entity.EpisodeStatus.";
    /**
     * JPQL condition for what listeners may see, for the alias {@code e} of an episode (other features' queries use
     * it too); queries using it bind :now.
     */
    public static final String VISIBLE = "(e.status IN (" + STATUS + "PUBLISHED, " + STATUS + "ARCHIVED) OR (e.status = "
            + STATUS + "SCHEDULED AND e.publishedAt <= :now))";
    /** {@link #VISIBLE} for the alias {@code l} of a subquery. */
    static final String VISIBLE_L = "(l.status IN (" + STATUS + "PUBLISHED, " + STATUS + "ARCHIVED) OR (l.status = "
            + STATUS + "SCHEDULED AND l.publishedAt <= :now))";

    public static final int GUID_MAX = 500;
    public static final int SLUG_MAX = 120;
    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 20000;
    public static final int URL_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "show_id", nullable = false)
    private Show show;

    @NotBlank
    @Size(max = GUID_MAX)
    @Column(nullable = false, unique = true, updatable = false, length = GUID_MAX)
    private String guid;

    @NotBlank
    @Size(max = SLUG_MAX)
    @Pattern(regexp = Slugs.PATTERN, message = "{earmark.validation.slug}")
    @Column(nullable = false, length = SLUG_MAX)
    private String slug;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Positive
    @Column(name = "season_number")
    private Integer season;

    @PositiveOrZero
    @Column(name = "episode_number")
    private Integer number;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "episode_type", nullable = false, length = 10)
    private EpisodeType episodeType = EpisodeType.FULL;

    @Column(name = "published_at")
    private Instant publishedAt;

    @PositiveOrZero
    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    /** HTML as the editor entered it; what listeners see of it is {@link #derivedNotes}. */
    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Valid
    @Embedded
    private DerivedNotes derivedNotes = DerivedNotes.of(null);

    @Valid
    @Embedded
    /** Null for none: never the shared {@link EpisodeSummary#NONE}, into which a merge could write another's. */
    private EpisodeSummary summary;

    /** An external audio file; {@link #audioFile} wins when both are set. */
    @Valid
    @Embedded
    private AudioEnclosure audio;

    /** Audio uploaded to Earmark's own media storage. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "audio_file_id")
    private MediaFile audioFile;

    /** The transcript as its curator uploaded it (WebVTT, SubRip, Podcasting 2.0 JSON or plain text). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transcript_file_id")
    private MediaFile transcript;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EpisodeStatus status = EpisodeStatus.DRAFT;

    @Valid
    @OneToMany(mappedBy = "episode", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startMillis")
    private List<Chapter> chapters = new ArrayList<>();

    /** The item's own page, as a feed gives it (imported; re-imports match an item without a guid by it). */
    @Size(max = URL_MAX)
    @Column(length = URL_MAX)
    private String link;

    /** The item's own image, as a feed gives it ({@code itunes:image}); none falls back to the show's artwork. */
    @Size(max = URL_MAX)
    @Column(name = "image_url", length = URL_MAX)
    private String imageUrl;

    /** {@code podcast:person} of this episode; when any, they replace the show's. */
    @Valid
    @ElementCollection
    @CollectionTable(name = "episode_person", joinColumns = @JoinColumn(name = "episode_id"))
    @OrderColumn(name = "person_order")
    private List<Person> people = new ArrayList<>();

    /** How many snips listeners saved of this episode; kept by {@link #ADD_SNIPS} only. */
    @Column(name = "snip_count", insertable = false, updatable = false)
    private long snipCount;

    protected Episode() {
    }

    public Episode(Show show, String guid) {
        this.show = show;
        this.guid = guid;
    }

    /** Replaces the chapters, keeping them ordered by start. */
    public void replaceChapters(List<Chapter> newChapters) {
        chapters.clear();
        newChapters.forEach(chapter -> chapter.attachTo(this));
        chapters.addAll(newChapters);
        chapters.sort(Chapter.BY_START);
    }

    public boolean isArchived() {
        return status == EpisodeStatus.ARCHIVED;
    }

    public Show getShow() {
        return show;
    }

    public String getGuid() {
        return guid;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getSeason() {
        return season;
    }

    public void setSeason(Integer season) {
        this.season = season;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public EpisodeType getEpisodeType() {
        return episodeType;
    }

    public void setEpisodeType(EpisodeType episodeType) {
        this.episodeType = episodeType;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public void setDurationSeconds(Integer durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    public String getDescription() {
        return description;
    }

    /** Also derives what pages show of the notes: every way of saving an episode sets them here. */
    public void setDescription(String description) {
        this.description = description;
        this.derivedNotes = DerivedNotes.of(description);
    }

    public DerivedNotes getDerivedNotes() {
        return derivedNotes;
    }

    /** Never null: an episode without one has {@link EpisodeSummary#NONE}. */
    public EpisodeSummary getSummary() {
        return summary == null ? EpisodeSummary.NONE : summary;
    }

    public void setSummary(EpisodeSummary summary) {
        this.summary = summary;
    }

    public AudioEnclosure getAudio() {
        return audio;
    }

    public void setAudio(AudioEnclosure audio) {
        this.audio = audio;
    }

    public MediaFile getAudioFile() {
        return audioFile;
    }

    public void setAudioFile(MediaFile audioFile) {
        this.audioFile = audioFile;
    }

    public MediaFile getTranscript() {
        return transcript;
    }

    public void setTranscript(MediaFile transcript) {
        this.transcript = transcript;
    }

    public EpisodeStatus getStatus() {
        return status;
    }

    public void setStatus(EpisodeStatus status) {
        this.status = status;
    }

    public List<Chapter> getChapters() {
        return List.copyOf(chapters);
    }

    public long getSnipCount() {
        return snipCount;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    public List<Person> getPeople() {
        return List.copyOf(people);
    }

    public void setPeople(List<Person> people) {
        this.people = new ArrayList<>(people);
    }
}
