package dev.earmark.catalogue.entity;

import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "podcast_show")
@NamedQuery(name = Show.FIND_BY_SLUG, query = "SELECT s FROM Show s LEFT JOIN FETCH s.artwork WHERE s.slug = :slug")
// With the categories: the lists and the API show them, and one query beats one per show.
@NamedQuery(name = Show.FIND_ALL, query = "SELECT DISTINCT s FROM Show s LEFT JOIN FETCH s.artwork "
        + "LEFT JOIN FETCH s.categories ORDER BY s.title, s.id")
@NamedQuery(name = Show.FIND_BY_IDS, query = "SELECT s FROM Show s WHERE s.id IN :ids")
@NamedQuery(name = Show.COUNT_ALL, query = "SELECT COUNT(s) FROM Show s")
@NamedQuery(name = Show.EPISODE_COUNTS, query = "SELECT e.show.id, COUNT(e) FROM Episode e GROUP BY e.show.id")
@NamedQuery(name = Show.COUNT_EPISODES, query = "SELECT COUNT(e) FROM Episode e WHERE e.show = :show")
@NamedQuery(name = Show.FIND_EPISODES, query = "SELECT e FROM Episode e LEFT JOIN FETCH e.audioFile "
        + "LEFT JOIN FETCH e.transcript WHERE e.show = :show")
@NamedQuery(name = Show.FIND_OUTDATED_SUMMARIES, query = "SELECT s.id FROM Show s WHERE s.summaryDerivation < :derivation")
@NamedQuery(name = Show.FIND_DESCRIPTIONS_TO_DERIVE, query = "SELECT s.id, s.version, s.description FROM Show s "
        + "WHERE s.id IN :ids AND s.summaryDerivation < :derivation ORDER BY s.id")
// The same version set explicitly, as in Episode.SAME_VERSION.
@NamedQuery(name = Show.STORE_DERIVED_SUMMARY, query = "UPDATE Show s SET s.summary = :summary, "
        + "s.summaryDerivation = :derivation, s.version = s.version "
        + "WHERE s.id = :id AND s.version = :version AND s.summaryDerivation < :derivation")
// Only where none is assigned yet, and without touching the version: a curator's open form stays current.
@NamedQuery(name = Show.ASSIGN_FEED_GUID, query = "UPDATE Show s SET s.feedGuid = :guid, s.version = s.version "
        + "WHERE s.id = :id AND s.feedGuid IS NULL")
@NamedQuery(name = Show.COUNT_FEED_GUID, query = "SELECT COUNT(s) FROM Show s WHERE s.feedGuid = :guid")
@NamedQuery(name = Show.FIND_FEED_GUID, query = "SELECT s.feedGuid FROM Show s WHERE s.id = :id")
public class Show extends PersistentEntity {

    public static final String FIND_BY_SLUG = "Show.findBySlug";
    public static final String FIND_ALL = "Show.findAll";
    public static final String FIND_BY_IDS = "Show.findByIds";
    public static final String COUNT_ALL = "Show.countAll";
    /** Every show's number of episodes in any status, as curators count them: rows (show id, count). */
    public static final String EPISODE_COUNTS = "Show.episodeCounts";
    public static final String COUNT_EPISODES = "Show.countEpisodes";
    /** A show's episodes in any status, with their stored files. */
    public static final String FIND_EPISODES = "Show.findEpisodes";
    /** As {@link Episode#FIND_OUTDATED_NOTES}, for the summary of the description. */
    public static final String FIND_OUTDATED_SUMMARIES = "Show.findOutdatedSummaries";
    /** As {@link Episode#FIND_NOTES_TO_DERIVE}, for the summary of the description. */
    public static final String FIND_DESCRIPTIONS_TO_DERIVE = "Show.findDescriptionsToDerive";
    /** As {@link Episode#STORE_DERIVED_NOTES}, for the summary of the description. */
    public static final String STORE_DERIVED_SUMMARY = "Show.storeDerivedSummary";
    /** Stores a feed guid for a show that has none (see {@link #assignFeedGuid}). */
    public static final String ASSIGN_FEED_GUID = "Show.assignFeedGuid";
    public static final String COUNT_FEED_GUID = "Show.countFeedGuid";
    public static final String FIND_FEED_GUID = "Show.findFeedGuid";

    public static final int SLUG_MAX = 100;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int AUTHOR_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int LANGUAGE_MAX = 35;
    public static final int CATEGORY_MAX = 100;
    public static final String DEFAULT_LANGUAGE = "en";
    public static final int FEED_GUID_MAX = 36;
    public static final int URL_MAX = 2000;
    public static final int COPYRIGHT_MAX = 500;

    @NotBlank
    @Size(max = SLUG_MAX)
    @Pattern(regexp = Slugs.PATTERN, message = "{earmark.validation.slug}")
    @Column(nullable = false, unique = true, length = SLUG_MAX)
    private String slug;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    /** As curators enter it; pages show it as text, escaped. */
    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    /** The description's meta description, derived when it is set rather than on every view (see {@link DerivedNotes}). */
    @Size(max = DerivedNotes.SUMMARY_MAX)
    @Column(name = "description_summary", length = DerivedNotes.SUMMARY_MAX)
    private String summary = DerivedNotes.summaryOf(null);

    @Column(name = "summary_derivation", nullable = false)
    private int summaryDerivation = DerivedNotes.VERSION;

    @Size(max = AUTHOR_MAX)
    @Column(length = AUTHOR_MAX)
    private String author;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(name = "owner_email", length = EMAIL_MAX)
    private String ownerEmail;

    /** A BCP 47 language tag, as podcast feeds carry it. */
    @NotBlank
    @Size(max = LANGUAGE_MAX)
    @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "{earmark.validation.language}")
    @Column(nullable = false, length = LANGUAGE_MAX)
    private String language = DEFAULT_LANGUAGE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "artwork_file_id")
    private MediaFile artwork;

    @ElementCollection
    @CollectionTable(name = "show_category", joinColumns = @JoinColumn(name = "show_id"))
    @OrderColumn(name = "category_order")
    @Column(name = "category", nullable = false, length = CATEGORY_MAX)
    private List<@NotBlank @Size(max = CATEGORY_MAX) String> categories = new ArrayList<>();

    @Column(nullable = false)
    private boolean explicit;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "show_type", nullable = false, length = 20)
    private ShowType type = ShowType.EPISODIC;

    /** Whether the player offers the audio for download. */
    @Column(name = "downloads_allowed", nullable = false)
    private boolean downloadsAllowed = true;

    /** Whether the summary and topics suggested for a new episode's transcript are taken without a curator's review. */
    @Column(name = "accept_summaries", nullable = false)
    private boolean acceptSummaries;

    /** The feed's {@code podcast:guid}: assigned once, never changed (null until then). */
    @Size(max = FEED_GUID_MAX)
    @Column(name = "feed_guid", unique = true, length = FEED_GUID_MAX)
    private String feedGuid;

    /** {@code itunes:owner}'s name; its e-mail is {@link #ownerEmail}. */
    @Size(max = AUTHOR_MAX)
    @Column(name = "owner_name", length = AUTHOR_MAX)
    private String ownerName;

    /** The show's web page as an imported feed gives it (Earmark's own feed links the show page). */
    @Size(max = URL_MAX)
    @Column(length = URL_MAX)
    private String link;

    @Size(max = COPYRIGHT_MAX)
    @Column(length = COPYRIGHT_MAX)
    private String copyright;

    /** {@code podcast:locked}: other platforms may not import the feed. */
    @Column(name = "feed_locked", nullable = false)
    private boolean feedLocked;

    /** {@code itunes:block}: directories leave the show out. */
    @Column(name = "feed_blocked", nullable = false)
    private boolean feedBlocked;

    /** An imported feed's {@code itunes:new-feed-url}: where its publisher moved it. */
    @Size(max = URL_MAX)
    @Column(name = "new_feed_url", length = URL_MAX)
    private String newFeedUrl;

    @Valid
    @ElementCollection
    @CollectionTable(name = "show_person", joinColumns = @JoinColumn(name = "show_id"))
    @OrderColumn(name = "person_order")
    private List<Person> people = new ArrayList<>();

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

    public String getDescription() {
        return description;
    }

    /** Also derives the summary: every way of saving a show sets the description here. */
    public void setDescription(String description) {
        this.description = description;
        this.summary = DerivedNotes.summaryOf(description);
        this.summaryDerivation = DerivedNotes.VERSION;
    }

    public String getSummary() {
        return summary;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public void setOwnerEmail(String ownerEmail) {
        this.ownerEmail = ownerEmail;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public MediaFile getArtwork() {
        return artwork;
    }

    public void setArtwork(MediaFile artwork) {
        this.artwork = artwork;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = new ArrayList<>(categories);
    }

    public boolean isExplicit() {
        return explicit;
    }

    public void setExplicit(boolean explicit) {
        this.explicit = explicit;
    }

    public ShowType getType() {
        return type;
    }

    public void setType(ShowType type) {
        this.type = type;
    }

    public boolean isDownloadsAllowed() {
        return downloadsAllowed;
    }

    public void setDownloadsAllowed(boolean downloadsAllowed) {
        this.downloadsAllowed = downloadsAllowed;
    }

    public boolean isAcceptSummaries() {
        return acceptSummaries;
    }

    public void setAcceptSummaries(boolean acceptSummaries) {
        this.acceptSummaries = acceptSummaries;
    }

    public String getFeedGuid() {
        return feedGuid;
    }

    /** Assigns the feed's guid once; a show that has one keeps it. */
    public void assignFeedGuid(String guid) {
        if (feedGuid == null) {
            feedGuid = guid;
        }
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getCopyright() {
        return copyright;
    }

    public void setCopyright(String copyright) {
        this.copyright = copyright;
    }

    public boolean isFeedLocked() {
        return feedLocked;
    }

    public void setFeedLocked(boolean feedLocked) {
        this.feedLocked = feedLocked;
    }

    public boolean isFeedBlocked() {
        return feedBlocked;
    }

    public void setFeedBlocked(boolean feedBlocked) {
        this.feedBlocked = feedBlocked;
    }

    public String getNewFeedUrl() {
        return newFeedUrl;
    }

    public void setNewFeedUrl(String newFeedUrl) {
        this.newFeedUrl = newFeedUrl;
    }

    public List<Person> getPeople() {
        return List.copyOf(people);
    }

    public void setPeople(List<Person> people) {
        this.people = new ArrayList<>(people);
    }
}
