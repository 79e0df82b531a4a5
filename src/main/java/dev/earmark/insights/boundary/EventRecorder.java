package dev.earmark.insights.boundary;

import dev.earmark.insights.entity.DownloadEvent;
import dev.earmark.insights.entity.ListeningEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Where listening and download events go: recorded in the background, off the request's thread, within the cap per
 * episode and day (earmark.insights.daily-cap; what is over it is refused and counted in {@code InsightsRefusal}).
 * <p>
 * House plan of issue 15: the beacon's helper completes it; the downloads' recording calls it as it is.
 */
@ApplicationScoped
public class EventRecorder {

    /** One beacon's ranges, all of one episode and one page view. */
    public void recordListening(List<ListeningEvent> ranges) {
        throw new UnsupportedOperationException("house plan: completed by the beacon's work");
    }

    public void recordDownload(DownloadEvent download) {
        throw new UnsupportedOperationException("house plan: completed by the beacon's work");
    }
}
