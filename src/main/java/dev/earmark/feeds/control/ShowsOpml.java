package dev.earmark.feeds.control;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.opml.io.impl.OPML20Generator;
import com.rometools.rome.io.FeedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Every show's feed in one OPML 2.0 file, which podcast apps import as a list of subscriptions: an
 * {@code <outline type="rss">} per show with its title as {@code text} (which OPML 2.0 requires, and rome-opml leaves
 * empty) and {@code title}, the feed as {@code xmlUrl} and the show's page as {@code htmlUrl}.
 */
public final class ShowsOpml {

    public static final String MEDIA_TYPE = "text/x-opml";
    static final String FEED_TYPE = "opml_2.0";

    /** A show as the file lists it; both addresses absolute. */
    public record Subscription(String title, String feedUrl, String pageUrl) {
    }

    private ShowsOpml() {
    }

    /** The file in UTF-8. */
    public static byte[] write(String title, Instant changed, List<Subscription> shows) {
        Opml opml = new Opml();
        opml.setFeedType(FEED_TYPE);
        opml.setEncoding(StandardCharsets.UTF_8.name());
        opml.setTitle(title);
        opml.setModified(Date.from(changed));
        opml.setOutlines(shows.stream().map(ShowsOpml::outline).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XMLOutputter(Format.getPrettyFormat().setEncoding(StandardCharsets.UTF_8.name()))
                    .output(new OPML20Generator().generate(opml), out);
        } catch (FeedException e) {
            throw new IllegalStateException("an OPML head and outlines with titles are always written", e);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static Outline outline(Subscription show) {
        try {
            Outline outline = new Outline(show.title(), URI.create(show.feedUrl()).toURL(),
                    URI.create(show.pageUrl()).toURL());
            outline.setText(show.title());
            return outline;
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not an absolute http(s) address: " + show, e);
        }
    }
}
