package dev.earmark.media.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A stored file, immutable once created: a new upload is a new MediaFile, which is what lets its row be
 * kept in the shared cache (players ask for it once per byte range) and its bytes carry a strong ETag.
 */
@Entity
@Table(name = "media_file")
@Cacheable
public class MediaFile extends PersistentEntity {

    public static final int STORAGE_KEY_MAX = 64;
    public static final int FILE_NAME_MAX = 255;
    public static final int MEDIA_TYPE_MAX = 100;
    public static final int SHA256_LENGTH = 64;

    /** The file's name inside the media directory; never derived from anything a request carries. */
    @NotBlank
    @Size(max = STORAGE_KEY_MAX)
    @Column(name = "storage_key", nullable = false, unique = true, updatable = false, length = STORAGE_KEY_MAX)
    private String storageKey;

    /** The uploader's name for it, cleaned; only offered back to browsers that save the file. */
    @NotBlank
    @Size(max = FILE_NAME_MAX)
    @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_MAX)
    private String fileName;

    /** Detected from the content, never taken from the upload's own claim. */
    @NotBlank
    @Size(max = MEDIA_TYPE_MAX)
    @Column(name = "media_type", nullable = false, updatable = false, length = MEDIA_TYPE_MAX)
    private String mediaType;

    @PositiveOrZero
    @Column(name = "length_bytes", nullable = false, updatable = false)
    private long lengthBytes;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{" + SHA256_LENGTH + "}")
    @Column(name = "sha256", nullable = false, updatable = false, length = SHA256_LENGTH)
    private String sha256;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MediaFile() {
    }

    public MediaFile(String storageKey, String fileName, String mediaType, long lengthBytes, String sha256,
            Instant createdAt) {
        this.storageKey = storageKey;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.lengthBytes = lengthBytes;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getLengthBytes() {
        return lengthBytes;
    }

    /** Lowercase hex of the content's SHA-256. */
    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
