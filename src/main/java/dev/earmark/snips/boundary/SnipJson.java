package dev.earmark.snips.boundary;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.control.BaseUrl;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.snips.control.ShareTarget;
import dev.earmark.snips.entity.Snip;
import dev.earmark.transcripts.control.MediaFragment;
import dev.earmark.transcripts.entity.TranscriptCue;
import java.time.Instant;
import java.util.List;

/**
 * A snip in the JSON API, with what a client needs to show and play it without asking again: the episode's and the
 * show's names, the episode's page at the snip's start and its audio.
 *
 * @param summary where title and takeaways came from: {@code NO_TRANSCRIPT}, {@code NONE}, {@code EXTRACT} or
 *                {@code MODEL} (then {@code model} names it)
 * @param sharing who may open the moment's page at {@code shareUrl}: {@code NOBODY} (the listener alone),
 *                {@code SIGNED_IN} or {@code ANYONE}; {@code includeNote}: whether it shows the note; {@code shareUrl}
 *                is null only for a snip saved before snips had codes, until it is shared; {@code shareLinks}: the
 *                places to share it at by a plain link ({@code name}, {@code href}: e-mail, Teams, LinkedIn, X,
 *                WhatsApp, as the pages' share menu), empty without a {@code shareUrl}
 */
public record SnipJson(long id, long version, long episodeId, String episodeTitle, String showTitle, String showSlug,
        String episodeSlug, double startSeconds, double endSeconds, String title, boolean titleEdited,
        List<String> takeaways, List<CueJson> excerpt, String note, String noteHtml, List<String> tags, String summary,
        String model, Instant createdAt, Instant editedAt, Instant deletedAt, String episodeUrl, String audioUrl,
        String sharing, boolean includeNote, String shareUrl, List<ShareTarget> shareLinks) {

    /** A sentence of the excerpt, with who said it (null when the transcript does not say). */
    public record CueJson(double startSeconds, double endSeconds, String speaker, String text) {

        static CueJson of(TranscriptCue cue) {
            return new CueJson(cue.getStartMillis() / 1000.0, cue.getEndMillis() / 1000.0, cue.getSpeaker(),
                    cue.getText());
        }
    }

    static SnipJson of(Snip snip, CatalogueLinks links, BaseUrl base) {
        Episode episode = snip.getEpisode();
        String audio = links.audio(episode);
        String shareUrl = snip.getShareCode() == null ? null
                : base.absolute(Route.MOMENT_PAGE.path(snip.getShareCode()));
        return new SnipJson(snip.getId(), snip.getVersion(), episode.getId(), episode.getTitle(),
                episode.getShow().getTitle(), episode.getShow().getSlug(), episode.getSlug(),
                snip.getStartMillis() / 1000.0, snip.getEndMillis() / 1000.0, snip.getTitle(), snip.isTitleEdited(),
                snip.getTakeaways(), snip.getExcerpt().stream().map(CueJson::of).toList(), snip.getNote(),
                snip.getNoteHtml(), snip.getTags(), snip.getSummarySource().name(), snip.getSummaryModel(),
                snip.getCreatedAt(), snip.getEditedAt(), snip.getDeletedAt(),
                base.absolute(links.episode(episode) + MediaFragment.at(snip.getStartMillis())),
                audio == null ? null : base.absolute(audio), snip.getSharing().name(), snip.isShareNote(), shareUrl,
                shareUrl == null ? List.of() : ShareTarget.of(shareUrl, snip.getTitle()));
    }
}
