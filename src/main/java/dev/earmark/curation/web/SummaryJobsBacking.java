package dev.earmark.curation.web;

import dev.earmark.platform.control.Messages;
import dev.earmark.summaries.boundary.SummaryJobs;
import dev.earmark.transcripts.boundary.JobCounts;
import dev.earmark.transcripts.entity.TranscriptionJob;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The summaries part of a show's episode list: how many episodes a bulk request would summarise, the button that
 * queues them, and the progress of the show's summary jobs; and an episode's latest summary job, for its editor. Request scoped: every request, the refresh button's too,
 * counts the jobs as they are now.
 */
@Named
@RequestScoped
public class SummaryJobsBacking {

    @Inject
    SummaryJobs jobs;

    private final Map<String, Long> toSummarise = new HashMap<>();
    private final Map<String, JobCounts> progress = new HashMap<>();
    private final Map<Long, Optional<TranscriptionJob>> latest = new HashMap<>();

    /** How many of the show's episodes have a transcript, no summary and no summary job to come. */
    public long toSummarise(String showSlug) {
        return toSummarise.computeIfAbsent(showSlug, jobs::countToSummarise);
    }

    /** "Summarise 3 episodes". */
    public String summariseLabel(String showSlug) {
        return Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "admin.summaries.show.summarise",
                toSummarise(showSlug));
    }

    /** Of the show's episodes, how many have their latest summary job in each status. */
    public JobCounts progress(String showSlug) {
        return progress.computeIfAbsent(showSlug, jobs::progress);
    }

    /** The episode's latest summary job, or null: the episode editor shows its status. */
    public TranscriptionJob latestJob(long episodeId) {
        return latest.computeIfAbsent(episodeId, jobs::findLatest).orElse(null);
    }

    public String summariseShow(String showSlug) {
        Feedback.afterRedirect("admin.summaries.show.queued", jobs.requestForShow(showSlug));
        return EpisodeListBacking.outcomeOf(showSlug);
    }
}
