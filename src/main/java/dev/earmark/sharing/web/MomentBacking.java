package dev.earmark.sharing.web;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.web.Formats;
import dev.earmark.platform.control.Routes;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.control.ShareCodes;
import dev.earmark.platform.web.Links;
import dev.earmark.platform.web.Responses;
import dev.earmark.sharing.boundary.Moment;
import dev.earmark.sharing.boundary.Moments;
import dev.earmark.sharing.control.MomentPreview;
import dev.earmark.transcripts.control.ExcerptTurns;
import dev.earmark.transcripts.control.ExcerptTurns.Said;
import dev.earmark.transcripts.control.MediaFragment;
import dev.earmark.transcripts.entity.TranscriptCue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * A shared moment's page ({@code /m/{code}}): the player playing the moment alone, its title, takeaways and words, the
 * listener's note when they included it, and the link previews' tags. A code that names nothing the viewer may see is
 * not found, whatever the reason, or for a visitor not signed in leads to the sign-in.
 */
@Named
@RequestScoped
public class MomentBacking {

    @Inject
    Moments moments;

    @Inject
    Links links;

    @Inject
    CatalogueLinks catalogueLinks;

    @Inject
    Formats formats;

    @Inject
    Settings settings;

    private String code;
    private Moment moment;
    private MomentPreview preview;

    /**
     * View action. A visitor who has not signed in and may not see the moment (most are shared with colleagues signed
     * in) goes to the sign-in and then back here, whether or not the code names anything (which reveals nothing, as in
     * a catalogue closed to visitors); a viewer signed in who may not see it finds nothing.
     */
    public void load() {
        String viewer = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        moments.find(code, viewer).ifPresentOrElse(found -> {
            moment = found;
            preview = MomentPreview.of(found.title(), found.episode().getTitle(), found.takeaways(),
                    found.excerpt().stream().map(TranscriptCue::getText).toList(),
                    found.episode().getDerivedNotes().getSummary());
        }, () -> {
            if (viewer == null && ShareCodes.isValid(code)) {
                Responses.signIn(Route.MOMENT_PAGE.path(code));
            } else {
                Responses.notFound();
            }
        });
    }

    public Moment getMoment() {
        return moment;
    }

    public MomentPreview getPreview() {
        return preview;
    }

    /** The page's own address, what previews and the share menu name (app path). */
    public String getPath() {
        return Route.MOMENT_PAGE.path(moment.code());
    }

    public String getUrl() {
        return links.absolute(getPath());
    }

    /** The moment as a media fragment ("#t=60,120.5"), which the page's player plays from its start to its end. */
    public String getFragment() {
        return MediaFragment.range(moment.startMillis(), moment.endMillis());
    }

    /** "1:00–2:00". */
    public String getRange() {
        return formats.clock(moment.startMillis() / 1000.0) + "–" + formats.clock(moment.endMillis() / 1000.0);
    }

    /** Its episode's page at the moment. */
    public String getEpisodeMoment() {
        return links.path(catalogueLinks.episode(moment.episode())) + getFragment();
    }

    /** The episode's audio, absolute, for previews that play it (og:audio); null without audio. */
    public String getAudioUrl() {
        String audio = catalogueLinks.audio(moment.episode());
        return audio == null ? null : links.absolute(audio);
    }

    public String oembedUrl(String format) {
        return links.absolute(Routes.oembed(getUrl(), format));
    }

    /** The words said, consecutive cues of one speaker joined. */
    public List<Said> getExcerpt() {
        return ExcerptTurns.of(moment.excerpt());
    }

    public Episode getEpisode() {
        return moment.episode();
    }

    /** Shared links of this catalogue open only for who is signed in (the page says so). */
    public boolean isSignInRequired() {
        return !settings.anonymousBrowsing();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
