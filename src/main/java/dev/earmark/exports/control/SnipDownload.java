package dev.earmark.exports.control;

import dev.earmark.platform.control.CsvRows;
import dev.earmark.snips.entity.Snip;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One download of a listener's snips in a format, as one file or a ZIP: its name, its media type, and its bytes
 * written as they are made (a ZIP entry per episode's Markdown file, or the one CSV or JSON file inside it).
 */
public final class SnipDownload {

    private final ExportFormat format;
    private final boolean zip;
    private final List<Snip> snips;
    private final MomentLinks links;
    private final Instant now;

    /** @param snips at least one, each episode's together ({@link EpisodeSnips#group}) */
    public SnipDownload(ExportFormat format, boolean zip, List<Snip> snips, MomentLinks links, Instant now) {
        if (snips.isEmpty()) {
            throw new IllegalArgumentException("nothing to export");
        }
        this.format = format;
        this.zip = zip;
        this.snips = snips;
        this.links = links;
        this.now = now;
    }

    /** "earmark-snips-2026-12-02.zip"; one episode's Markdown file is named for the episode. */
    public String fileName() {
        if (zip) {
            return FileNames.export(today(), "zip");
        }
        List<EpisodeSnips> episodes = EpisodeSnips.group(snips);
        return format.isFilePerEpisode() && episodes.size() == 1
                ? FileNames.episode(episodes.get(0).episode(), format.extension())
                : FileNames.export(today(), format.extension());
    }

    public String mediaType() {
        return zip ? ExportFormat.ZIP_TYPE : format.mediaType();
    }

    /** Writes the download; does not close {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        if (!zip) {
            writeFile(out);
            return;
        }
        ZipOutputStream entries = new ZipOutputStream(out, StandardCharsets.UTF_8);
        if (format.isFilePerEpisode()) {
            FileNames names = new FileNames();
            for (EpisodeSnips episode : EpisodeSnips.group(snips)) {
                entries.putNextEntry(entry(names.unique(FileNames.episode(episode.episode(), format.extension()))));
                text(entries, markdown(episode));
                entries.closeEntry();
            }
        } else {
            entries.putNextEntry(entry(FileNames.export(today(), format.extension())));
            writeFile(entries);
            entries.closeEntry();
        }
        entries.finish();
    }

    private void writeFile(OutputStream out) throws IOException {
        switch (format) {
            case OBSIDIAN -> text(out, new ObsidianMarkdown(links).oneFile(EpisodeSnips.group(snips)));
            case LOGSEQ -> text(out, new LogseqMarkdown(links).oneFile(EpisodeSnips.group(snips)));
            case CSV -> {
                Writer writer = writer(out);
                writer.write(CsvRows.BYTE_ORDER_MARK);
                SnipsCsv csv = new SnipsCsv(links, writer);
                csv.header();
                snips.forEach(csv::snip);
                writer.flush();
            }
            case JSON -> {
                try (SnipsJson json = new SnipsJson(links, out, now)) {
                    snips.forEach(json::snip);
                }
            }
        }
    }

    private String markdown(EpisodeSnips episode) {
        return format == ExportFormat.LOGSEQ
                ? new LogseqMarkdown(links).file(episode)
                : new ObsidianMarkdown(links).file(episode);
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(now.toEpochMilli());
        return entry;
    }

    private static void text(OutputStream out, String text) throws IOException {
        Writer writer = writer(out);
        writer.write(text);
        writer.flush();
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
