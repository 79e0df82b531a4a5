package dev.earmark.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The audio file of an episode, as an RSS enclosure describes it. */
@Embeddable
public class AudioEnclosure {

    public static final int URL_MAX = 2000;
    public static final int MEDIA_TYPE_MAX = 100;

    @Size(max = URL_MAX)
    @Column(name = "audio_url", length = URL_MAX)
    private String url;

    @Size(max = MEDIA_TYPE_MAX)
    @Column(name = "audio_media_type", length = MEDIA_TYPE_MAX)
    private String mediaType;

    @PositiveOrZero
    @Column(name = "audio_length_bytes")
    private Long lengthBytes;

    protected AudioEnclosure() {
    }

    public AudioEnclosure(String url, String mediaType, Long lengthBytes) {
        this.url = url;
        this.mediaType = mediaType;
        this.lengthBytes = lengthBytes;
    }

    public String getUrl() {
        return url;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Long getLengthBytes() {
        return lengthBytes;
    }
}
