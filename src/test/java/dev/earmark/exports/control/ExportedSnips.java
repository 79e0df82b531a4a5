package dev.earmark.exports.control;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.platform.control.BaseUrl;
import dev.earmark.platform.control.ShareCodes;
import dev.earmark.snips.entity.Snip;
import dev.earmark.snips.entity.SummarySource;
import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.entity.TranscriptCue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Shows, episodes and snips as the exports read them, built without a database, with text as hostile as needed. */
final class ExportedSnips {

    static final MomentLinks LINKS = new MomentLinks(new BaseUrl("https", "podcasts.example.com", 443, "/earmark"),
            new CatalogueLinks());
    /** Everything that means something in Markdown, YAML, HTML or a spreadsheet. */
    static final String HOSTILE = "=HYPERLINK(\"x\") *bold* _it_ [link](https://evil.example) <script>alert(1)</script>"
            + " a|b #tag: \"quoted\" 'single' %%c%% ==h== $m$ ~~s~~ ![i](x) www.evil.example \\ & &amp;";

    private ExportedSnips() {
    }

    static Show show(String title, String slug) {
        Show show = new Show();
        show.setTitle(title);
        show.setSlug(slug);
        return show;
    }

    static Episode episode(Show show, String title, String slug, Instant publishedAt) {
        Episode episode = new Episode(show, "guid-" + slug);
        episode.setTitle(title);
        episode.setSlug(slug);
        episode.setPublishedAt(publishedAt);
        return episode;
    }

    /** A snip from {@code startSeconds} to {@code endSeconds} with these words (speaker, text, speaker, text …). */
    static Snip snip(Episode episode, int startSeconds, int endSeconds, String title, List<String> takeaways,
            String note, Set<String> tags, String... speakersAndWords) {
        Snip snip = new Snip(episode, "ada", "key-" + startSeconds, Instant.parse("2026-11-30T08:15:30Z"),
                ShareCodes.next());
        List<TranscriptCue> cues = new ArrayList<>();
        for (int i = 0; i < speakersAndWords.length; i += 2) {
            long at = startSeconds * 1000L + i * 1000L;
            cues.addAll(TranscriptCue.of(new Cue(at, at + 1000, speakersAndWords[i], speakersAndWords[i + 1])));
        }
        snip.cover(startSeconds * 1000L, endSeconds * 1000L, cues);
        snip.summarise(SummarySource.EXTRACT, null, title, takeaways);
        snip.annotate(note, "", tags);
        return snip;
    }
}
