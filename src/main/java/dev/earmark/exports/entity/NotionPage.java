package dev.earmark.exports.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The Notion page Earmark made for a listener's episode: a re-export writes it again instead of making another. */
@Entity
@Table(name = "notion_page")
@NamedQuery(name = NotionPage.FIND_BY_LISTENER_AND_EPISODE, query = "SELECT p FROM NotionPage p "
        + "WHERE p.listener = :listener AND p.episodeId = :episodeId")
public class NotionPage extends PersistentEntity {

    public static final String FIND_BY_LISTENER_AND_EPISODE = "NotionPage.findByListenerAndEpisode";
    /** A UUID with its hyphens. */
    public static final int PAGE_ID_MAX = 36;

    @NotBlank
    @Size(max = ServiceConnection.LISTENER_MAX)
    @Column(nullable = false, length = ServiceConnection.LISTENER_MAX)
    private String listener;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @NotBlank
    @Size(max = PAGE_ID_MAX)
    @Column(name = "page_id", nullable = false, length = PAGE_ID_MAX)
    private String pageId;

    protected NotionPage() {
    }

    public NotionPage(String listener, long episodeId, String pageId) {
        this.listener = listener;
        this.episodeId = episodeId;
        this.pageId = pageId;
    }

    /** A page made again, as the one before was deleted in Notion. */
    public void madeAgain(String pageId) {
        this.pageId = pageId;
    }

    public String getListener() {
        return listener;
    }

    public long getEpisodeId() {
        return episodeId;
    }

    public String getPageId() {
        return pageId;
    }
}
