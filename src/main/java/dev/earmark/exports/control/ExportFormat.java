package dev.earmark.exports.control;

import dev.earmark.platform.control.InvalidParameterException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The files a listener's snips are exported as, by the name that the export's address takes ({@code format=…}). */
public enum ExportFormat {

    OBSIDIAN("md", "text/markdown; charset=UTF-8", true),
    LOGSEQ("md", "text/markdown; charset=UTF-8", true),
    CSV("csv", "text/csv; charset=UTF-8; header=present", false),
    JSON("json", "application/json", false);

    public static final String ZIP_TYPE = "application/zip";

    private final String extension;
    private final String mediaType;
    private final boolean filePerEpisode;

    ExportFormat(String extension, String mediaType, boolean filePerEpisode) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.filePerEpisode = filePerEpisode;
    }

    /** @throws InvalidParameterException for a name that is none of them (with the names there are) */
    public static ExportFormat parse(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("exports.error.format", name == null ? "" : name,
                        Arrays.stream(values()).map(ExportFormat::parameter).collect(Collectors.joining(", "))));
    }

    /** The name in the export's address: "obsidian". */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Markdown makes a file per episode (in a ZIP) or one of all; CSV and JSON are always one file. */
    public boolean isFilePerEpisode() {
        return filePerEpisode;
    }
}
