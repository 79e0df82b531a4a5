package dev.earmark.exports.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A listener's connection to Readwise or Notion: the token, encrypted (only {@code exports.control.TokenCipher} reads
 * it), Notion's parent page, automatic sync, and the sync: which snips it takes (My snips' filters), the claim of the
 * one server that runs it, its progress and the last one's result.
 */
@Entity
@Table(name = "service_connection")
@NamedQuery(name = ServiceConnection.FIND_BY_LISTENER, query = "SELECT c FROM ServiceConnection c "
        + "WHERE c.listener = :listener ORDER BY c.service")
@NamedQuery(name = ServiceConnection.FIND_BY_LISTENER_AND_SERVICE, query = "SELECT c FROM ServiceConnection c "
        + "WHERE c.listener = :listener AND c.service = :service")
@NamedQuery(name = ServiceConnection.FIND_CLAIMABLE_IDS, query = "SELECT c.id FROM ServiceConnection c WHERE "
        + ServiceConnection.CLAIMABLE + " ORDER BY c.queuedAt, c.id")
@NamedQuery(name = ServiceConnection.CLAIM, query = "UPDATE ServiceConnection c SET c.syncState = "
        + ServiceConnection.STATE + "RUNNING, c.claimedBy = :claim, c.leaseUntil = :leaseUntil, c.syncDone = 0, "
        + "c.syncTotal = 0 WHERE c.id = :id AND " + ServiceConnection.CLAIMABLE)
@NamedQuery(name = ServiceConnection.REPORT_PROGRESS, query = "UPDATE ServiceConnection c SET c.syncDone = :done, "
        + "c.syncTotal = :total, c.leaseUntil = :leaseUntil WHERE c.id = :id AND " + ServiceConnection.MINE)
@NamedQuery(name = ServiceConnection.RENEW_LEASE, query = "UPDATE ServiceConnection c SET c.leaseUntil = :leaseUntil "
        + "WHERE c.id = :id AND " + ServiceConnection.MINE)
@NamedQuery(name = ServiceConnection.FINISH, query = "UPDATE ServiceConnection c SET c.syncState = "
        + ServiceConnection.STATE + "IDLE, c.claimedBy = NULL, c.leaseUntil = NULL, c.lastSyncAt = :now, "
        + "c.lastSent = :sent, c.lastUnchanged = :unchanged, c.lastFailed = :failed, c.failureKey = :failureKey, "
        + "c.failureDetail = :failureDetail, c.notBefore = :notBefore WHERE c.id = :id AND " + ServiceConnection.MINE)
@NamedQuery(name = ServiceConnection.FIND_AUTOMATIC_DUE, query = "SELECT c FROM ServiceConnection c WHERE "
        + ServiceConnection.AUTOMATIC_IDLE + " AND (c.failureKey IS NULL OR c.failureKey NOT IN :tokenFailures) "
        + "AND (c.notBefore IS NULL OR c.notBefore <= :now) ORDER BY c.id")
@NamedQuery(name = ServiceConnection.QUEUE_AUTOMATIC, query = "UPDATE ServiceConnection c SET c.syncState = "
        + ServiceConnection.STATE + "QUEUED, c.queuedAt = :now, c.syncShowId = NULL, c.syncEpisodeId = NULL, "
        + "c.syncTag = NULL, c.syncText = NULL WHERE c.id = :id AND " + ServiceConnection.AUTOMATIC_IDLE)
public class ServiceConnection extends PersistentEntity {

    public static final String FIND_BY_LISTENER = "ServiceConnection.findByListener";
    public static final String FIND_BY_LISTENER_AND_SERVICE = "ServiceConnection.findByListenerAndService";
    /** Syncs a server may claim: waiting, or running on a server whose lease ran out (it died). */
    public static final String FIND_CLAIMABLE_IDS = "ServiceConnection.findClaimableIds";
    /** Makes a claimable sync RUNNING under :claim until :leaseUntil; changes no row if another server was first. */
    public static final String CLAIM = "ServiceConnection.claim";
    /** Progress, and a renewed lease, only while the sync still runs under :claim. */
    public static final String REPORT_PROGRESS = "ServiceConnection.reportProgress";
    /** A renewed lease, only while the sync still runs under :claim. */
    public static final String RENEW_LEASE = "ServiceConnection.renewLease";
    public static final String FINISH = "ServiceConnection.finish";
    /**
     * Automatic connections with no sync waiting or running whose token was not refused (until the listener connects
     * again) and whose service asked for no wait that still runs.
     */
    public static final String FIND_AUTOMATIC_DUE = "ServiceConnection.findAutomaticDue";
    /** An automatic connection with no sync waiting or running gets one of all its snips. */
    public static final String QUEUE_AUTOMATIC = "ServiceConnection.queueAutomatic";

    public static final int LISTENER_MAX = 200;
    public static final int TOKEN_MAX = 2_000;
    public static final int BASE_URL_MAX = 500;
    public static final int TAG_MAX = 40;
    public static final int TEXT_MAX = 200;
    public static final int FAILURE_KEY_MAX = 100;
    public static final int FAILURE_DETAIL_MAX = 500;

    static final String STATE = "dev.earmark.exports.entity.SyncState.";
    static final String MODE = "dev.earmark.exports.entity.SyncMode.";
    static final String CLAIMABLE = "(c.syncState = " + STATE + "QUEUED OR (c.syncState = " + STATE
            + "RUNNING AND c.leaseUntil < :now))";
    static final String AUTOMATIC_IDLE = "c.syncMode = " + MODE + "AUTOMATIC AND c.syncState = " + STATE + "IDLE";
    static final String MINE = "c.syncState = " + STATE + "RUNNING AND c.claimedBy = :claim";

    @NotBlank
    @Size(max = LISTENER_MAX)
    @Column(nullable = false, length = LISTENER_MAX)
    private String listener;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExportService service;

    /** The token encrypted with the server's key: IV and cipher text, Base64. */
    @NotBlank
    @Size(max = TOKEN_MAX)
    @Column(nullable = false, length = TOKEN_MAX)
    private String token;

    @Size(max = NotionPage.PAGE_ID_MAX)
    @Column(name = "parent_page_id", length = NotionPage.PAGE_ID_MAX)
    private String parentPageId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "sync_mode", nullable = false, length = 20)
    private SyncMode syncMode = SyncMode.MANUAL;

    /**
     * Where the listener reached Earmark when they connected: the base of the links a sync sends unless the server has
     * a configured one. Kept from the connection on, so a listener who reaches Earmark by another host name later does
     * not make every snip differ from what was sent (and sent again).
     */
    @NotBlank
    @Size(max = BASE_URL_MAX)
    @Column(name = "base_url", nullable = false, length = BASE_URL_MAX)
    private String baseUrl;

    @NotNull
    @Column(name = "connected_at", nullable = false)
    private Instant connectedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "sync_state", nullable = false, length = 20)
    private SyncState syncState = SyncState.IDLE;

    @Column(name = "sync_show_id")
    private Long syncShowId;

    @Column(name = "sync_episode_id")
    private Long syncEpisodeId;

    @Size(max = TAG_MAX)
    @Column(name = "sync_tag", length = TAG_MAX)
    private String syncTag;

    @Size(max = TEXT_MAX)
    @Column(name = "sync_text", length = TEXT_MAX)
    private String syncText;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Size(max = 36)
    @Column(name = "claimed_by", length = 36)
    private String claimedBy;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "sync_total", nullable = false)
    private int syncTotal;

    @Column(name = "sync_done", nullable = false)
    private int syncDone;

    @Column(name = "last_sync_at")
    private Instant lastSyncAt;

    @Column(name = "last_sent", nullable = false)
    private int lastSent;

    @Column(name = "last_unchanged", nullable = false)
    private int lastUnchanged;

    @Column(name = "last_failed", nullable = false)
    private int lastFailed;

    /** A 429's Retry-After from the last sync: no automatic sync before. */
    @Column(name = "not_before")
    private Instant notBefore;

    @Size(max = FAILURE_KEY_MAX)
    @Column(name = "failure_key", length = FAILURE_KEY_MAX)
    private String failureKey;

    @Size(max = FAILURE_DETAIL_MAX)
    @Column(name = "failure_detail", length = FAILURE_DETAIL_MAX)
    private String failureDetail;

    protected ServiceConnection() {
    }

    public ServiceConnection(String listener, ExportService service, String token, String parentPageId,
            String baseUrl, Instant connectedAt) {
        this.listener = listener;
        this.service = service;
        this.token = token;
        this.parentPageId = parentPageId;
        this.baseUrl = baseUrl;
        this.connectedAt = connectedAt;
    }

    /**
     * A sync of the snips My snips' filters pick (null: not filtered), waiting for a server. Longer tags than a snip
     * has pick none and stay so; longer words are cut to what is stored, which only narrows the search less (it looks
     * for the first words anyway).
     */
    public void queue(Long showId, Long episodeId, String tag, String text, Instant at) {
        this.syncShowId = showId;
        this.syncEpisodeId = episodeId;
        this.syncTag = cut(tag, TAG_MAX);
        this.syncText = cut(text, TEXT_MAX);
        this.queuedAt = at;
        this.syncState = SyncState.QUEUED;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public void setAutoSync(boolean autoSync) {
        this.syncMode = autoSync ? SyncMode.AUTOMATIC : SyncMode.MANUAL;
    }

    public String getListener() {
        return listener;
    }

    public ExportService getService() {
        return service;
    }

    public String getToken() {
        return token;
    }

    public String getParentPageId() {
        return parentPageId;
    }

    public boolean isAutoSync() {
        return syncMode == SyncMode.AUTOMATIC;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public Instant getConnectedAt() {
        return connectedAt;
    }

    public SyncState getSyncState() {
        return syncState;
    }

    public Long getSyncShowId() {
        return syncShowId;
    }

    public Long getSyncEpisodeId() {
        return syncEpisodeId;
    }

    public String getSyncTag() {
        return syncTag;
    }

    public String getSyncText() {
        return syncText;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public int getSyncTotal() {
        return syncTotal;
    }

    public int getSyncDone() {
        return syncDone;
    }

    public Instant getLastSyncAt() {
        return lastSyncAt;
    }

    public int getLastSent() {
        return lastSent;
    }

    public int getLastUnchanged() {
        return lastUnchanged;
    }

    public int getLastFailed() {
        return lastFailed;
    }

    public String getFailureKey() {
        return failureKey;
    }

    public String getFailureDetail() {
        return failureDetail;
    }

    public Instant getNotBefore() {
        return notBefore;
    }
}
