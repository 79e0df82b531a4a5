package dev.earmark.curation.web;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Settings;
import dev.earmark.transcripts.boundary.TranscriptionJobs;
import dev.earmark.transcripts.entity.Engine;
import dev.earmark.transcripts.entity.JobTask;
import dev.earmark.transcripts.entity.TranscriptionJob;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The transcription part of the episode editor and the show's episode list: which engine transcribes (and, for the
 * built-in one, how modest it is), the episode's latest job with its progress or failure, and the buttons to start
 * and cancel. Request scoped: every request, the refresh button's too, reads the job as it is now.
 */
@Named
@RequestScoped
public class TranscriptionBacking {

    private static final Feedback FEEDBACK = new Feedback("transcription");

    @Inject
    TranscriptionJobs jobs;

    @Inject
    Settings settings;

    private final Map<Long, Optional<TranscriptionJob>> latest = new HashMap<>();
    private final Map<Long, Optional<TranscriptionJob>> latestSummary = new HashMap<>();
    private List<String> missingPackages;

    public Engine getEngine() {
        return jobs.chosenEngine();
    }

    /** The Debian packages the chosen engine lacks, space-separated as apt-get takes them; empty when it can run. */
    public String getMissingPackages() {
        if (missingPackages == null) {
            missingPackages = jobs.missingPackages();
        }
        return String.join(" ", missingPackages);
    }

    /** The episode's latest job, or null. */
    public TranscriptionJob latestJob(long episodeId) {
        return latest.computeIfAbsent(episodeId, jobs::findLatest).orElse(null);
    }

    /** The episode's latest summary job, or null: the queue's other task, whose status the editor shows beside. */
    public TranscriptionJob latestSummaryJob(long episodeId) {
        return latestSummary.computeIfAbsent(episodeId, id -> jobs.findLatest(id, JobTask.SUMMARISE)).orElse(null);
    }

    /** Whether the editor offers "Transcribe": stored audio, no transcript, no job to come, an engine ready. */
    public boolean canTranscribe(Episode episode) {
        TranscriptionJob job = latestJob(episode.getId());
        return episode.getAudioFile() != null && episode.getTranscript() == null
                && (job == null || !job.getStatus().isActive()) && getMissingPackages().isEmpty();
    }

    public String failureReason(TranscriptionJob job) {
        return job.findFailureKey().map(key -> job.getFailureDetail() == null ? Messages.format(locale(), key)
                : Messages.format(locale(), key, job.getFailureDetail())).orElse("");
    }

    public String transcribe(Episode episode) {
        try {
            jobs.request(episode.getId());
            Feedback.afterRedirect("admin.transcription.queued", episode.getTitle());
            return editorOf(episode);
        } catch (LocalizedException refused) {
            FEEDBACK.refused(refused);
            return null;
        }
    }

    public String cancel(Episode episode, TranscriptionJob job) {
        Feedback.afterRedirect(jobs.cancel(job.getId()) ? "admin.transcription.cancelled" : "admin.transcription.ended");
        return editorOf(episode);
    }

    /** "Transcribe all episodes without a transcript" on the show's episode list. */
    public String transcribeShow(String showSlug) {
        Feedback.afterRedirect("admin.transcription.show.queued", jobs.requestForShow(showSlug));
        return EpisodeListBacking.outcomeOf(showSlug);
    }

    /** The chosen engine in words: the built-in one, or the service and where it is (never its key). */
    public String getEngineDescription() {
        return Messages.format(locale(), "admin.transcription.engine." + getEngine(), settings.findTranscriptionServiceUrl()
                .map(URI::toString).orElseGet(() -> Messages.format(locale(), "admin.transcription.serviceUrl.unusable")));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String editorOf(Episode episode) {
        return "/admin/episode?faces-redirect=true&id=" + episode.getId();
    }
}
