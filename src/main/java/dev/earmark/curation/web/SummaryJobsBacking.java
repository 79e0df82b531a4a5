package dev.earmark.curation.web;

import dev.earmark.platform.control.Messages;
import dev.earmark.summaries.boundary.SummaryJobs;
import dev.earmark.transcripts.boundary.JobCounts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The summaries part of a show's episode list: how many episodes a bulk request would summarise, the button that
 * queues them, and the progress of the show's summary jobs. View scoped: a postback (the button, the refresh) decides
 * whether its button is on the page before the address's parameters reach the request-scoped list, so the show and its
 * counts stay with the view; they are read when the page is loaded and again at each refresh.
 */
@Named
@ViewScoped
public class SummaryJobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SummaryJobs jobs;

    private String showSlug;
    private long toSummarise;
    private JobCounts progress = new JobCounts(0, 0, 0, 0);

    /** At the page's request: the show, as the list read it from the address, and its counts. */
    public void load(String showSlug) {
        this.showSlug = showSlug;
        refresh();
    }

    /** At each refresh: the counts as they are now. */
    public void refresh() {
        toSummarise = jobs.countToSummarise(showSlug);
        progress = jobs.progress(showSlug);
    }

    /** "Summarise 3 episodes". */
    public String getSummariseLabel() {
        return Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                "admin.summaries.show.summarise", toSummarise);
    }

    public String summariseShow() {
        Feedback.afterRedirect("admin.summaries.show.queued", jobs.requestForShow(showSlug));
        return EpisodeListBacking.outcomeOf(showSlug);
    }

    /** How many of the show's episodes have a transcript, no summary and no summary job to come. */
    public long getToSummarise() {
        return toSummarise;
    }

    /** Of the show's episodes, how many have their latest summary job in each status. */
    public JobCounts getProgress() {
        return progress;
    }
}
