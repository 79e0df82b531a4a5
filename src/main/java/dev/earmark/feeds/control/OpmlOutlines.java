package dev.earmark.feeds.control;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import dev.earmark.platform.control.InvalidParameterException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.InputSource;

/**
 * The feeds an OPML file lists: each outline with an {@code xmlUrl}, nested ones too, once per address, in the file's
 * order. ROME reads it, and refuses any DOCTYPE (so no external entity or entity expansion is ever read).
 */
public final class OpmlOutlines {

    /** The most feeds one file may list: each is fetched and imported while the curator waits. */
    public static final int MAX_OUTLINES = 200;

    /** One feed of the file: its title as the file gives it (text when it has no title; may be empty). */
    public record Entry(String title, String url) {
    }

    private OpmlOutlines() {
    }

    /** @throws InvalidParameterException when the file is no OPML, or lists more than {@value #MAX_OUTLINES} feeds */
    public static List<Entry> read(byte[] file) {
        WireFeed feed;
        try {
            feed = new WireFeedInput().build(new InputSource(new ByteArrayInputStream(file)));
        } catch (FeedException | IllegalArgumentException unreadable) {
            throw new InvalidParameterException("feeds.opml.unreadable");
        }
        if (!(feed instanceof Opml opml)) {
            throw new InvalidParameterException("feeds.opml.notOpml");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        collect(opml.getOutlines(), entries);
        if (entries.size() > MAX_OUTLINES) {
            throw new InvalidParameterException("feeds.opml.tooMany", entries.size(), MAX_OUTLINES);
        }
        return new ArrayList<>(entries.values());
    }

    private static void collect(List<Outline> outlines, Map<String, Entry> entries) {
        for (Outline outline : outlines) {
            String url = outline.getXmlUrl();
            if (url != null && !url.isBlank() && entries.size() <= MAX_OUTLINES) {
                String title = outline.getTitle() != null && !outline.getTitle().isBlank() ? outline.getTitle()
                        : outline.getText() == null ? "" : outline.getText();
                entries.putIfAbsent(url.strip(), new Entry(title.strip(), url.strip()));
            }
            collect(outline.getChildren(), entries);
        }
    }
}
