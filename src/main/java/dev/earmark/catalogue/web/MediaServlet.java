package dev.earmark.catalogue.web;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.control.MediaSent;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.control.MediaStorage;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.Roles;
import dev.earmark.platform.control.Routes;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.web.ByteRange;
import dev.earmark.platform.web.ContentDisposition;
import dev.earmark.platform.web.EntityTag;
import dev.earmark.platform.web.Preconditions;
import dev.earmark.platform.web.RequestPaths;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves stored media at {@code /media/{id}} or {@code /media/{id}/{any-name}} ({@link Route#MEDIA}): only the
 * id counts, the name just makes links readable. Players seek with byte ranges, so those are served, in constant
 * memory whatever the file's size.
 * <p>
 * Listeners get only what the catalogue shows them (artwork, and the audio and transcripts of visible
 * episodes); curators get every file, as they check drafts. Anything else is a 404 like an unknown id, so
 * that guessing ids (they come from a sequence) tells nothing. A file never changes under its id, but whether
 * listeners may have it does (an episode can be unpublished), so a listenable one is cached for a day and then
 * revalidated by its ETag, by shared caches too while the catalogue is open to anonymous visitors; a curator's
 * copy is private and revalidated each time, because it may be a draft's.
 * <p>
 * Each GET answered with a file's bytes fires {@link MediaSent} when the body ends, with the bytes actually written,
 * so that a feature above (insights) can count downloads without the catalogue knowing it.
 */
@WebServlet(name = "MediaServlet", urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final String CACHE_FOR_A_DAY = "public, max-age=86400";
    private static final String CACHE_FOR_A_DAY_PRIVATELY = "private, max-age=86400";
    /** Kept by the browser only, and asked again each time, which checks the access again. */
    private static final String CACHE_PRIVATELY_REVALIDATED = "private, no-cache";
    /** The query parameter by which Earmark's own player marks its audio requests. */
    static final String VIA = "via";
    static final String VIA_PLAYER = "player";
    private static final Logger LOG = Logger.getLogger(MediaServlet.class.getName());

    @Inject
    Catalogue catalogue;

    @Inject
    MediaLibrary library;

    @Inject
    Settings settings;

    @Inject
    MediaStorage storage;

    @Inject
    Event<MediaSent> sent;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
            throws IOException {
        boolean curator = request.isUserInRole(Roles.ADMIN) || request.isUserInRole(Roles.EDITOR);
        // Curators may have any file, everyone else only a listenable one (kept per state of the catalogue).
        Optional<MediaFile> found = Routes.parse(RequestPaths.of(request))
                .filter(match -> match.route() == Route.MEDIA)
                .map(match -> match.id("file"))
                .flatMap(curator ? library::findFile : catalogue::findListenableFile);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile file = found.get();
        String cacheControl = curator ? CACHE_PRIVATELY_REVALIDATED
                : settings.anonymousBrowsing() ? CACHE_FOR_A_DAY : CACHE_FOR_A_DAY_PRIVATELY;
        try (FileChannel channel = FileChannel.open(storage.resolve(file.getStorageKey()))) {
            respond(request, response, file, cacheControl, channel, withBody);
        } catch (NoSuchFileException lost) {
            // The record outlived its file (deleted by hand, a backup restored without the media directory).
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void respond(HttpServletRequest request, HttpServletResponse response, MediaFile file,
            String cacheControl, FileChannel channel, boolean withBody) throws IOException {
        EntityTag tag = new EntityTag(file.getSha256());
        Instant lastModified = file.getCreatedAt();
        long length = file.getLengthBytes();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("ETag", tag.header());
        response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        response.setHeader("Cache-Control", cacheControl);
        if (Preconditions.notModified(request, tag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // Ranges are defined for GET only (RFC 9110, section 14.2): a HEAD describes the whole file.
        ByteRange.Selection selection = withBody
                && ByteRange.ifRangeHolds(request.getHeader("If-Range"), tag, lastModified)
                ? ByteRange.select(request.getHeader("Range"), length)
                : new ByteRange.Whole();
        if (selection instanceof ByteRange.Unsatisfiable) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader("Content-Range", ByteRange.Unsatisfiable.contentRange(length));
            response.setContentLength(0);
            return;
        }
        response.setContentType(file.getMediaType());
        response.setHeader("Content-Disposition", ContentDisposition.inline(file.getFileName()));
        long first = 0;
        long count = length;
        if (selection instanceof ByteRange.Part part) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", part.contentRange(length));
            first = part.first();
            count = part.length();
        }
        response.setContentLengthLong(count);
        if (withBody) {
            Written written = new Written();
            try {
                copy(channel, first, count, response.getOutputStream(), written);
            } finally {
                sent(request, file, first, written.bytes);
            }
        }
    }

    /** Tells observers what went out; whatever they do wrong never changes the answer. */
    private void sent(HttpServletRequest request, MediaFile file, long first, long bytes) {
        try {
            sent.fire(new MediaSent(file.getId(), first, bytes, request.getRemoteAddr(),
                    Objects.requireNonNullElse(request.getHeader("User-Agent"), ""),
                    VIA_PLAYER.equals(request.getParameter(VIA)), clock.instant()));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "An observer of the media sent failed", failed);
        }
    }

    /** The bytes written so far, also when writing fails part-way (the client hung up). */
    private static final class Written {
        long bytes;
    }

    private static void copy(FileChannel channel, long first, long count, OutputStream out, Written written)
            throws IOException {
        // No larger than the range: a player's ranges are often a few kilobytes, and each request allocates its own.
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(BUFFER_SIZE, count));
        long end = first + count;
        for (long position = first; position < end; ) {
            buffer.clear().limit((int) Math.min(BUFFER_SIZE, end - position));
            int read = channel.read(buffer, position);
            if (read < 0) {
                // Shorter than recorded: stop rather than pad, the client sees the short body.
                throw new EOFException(String.valueOf(position));
            }
            out.write(buffer.array(), 0, read);
            written.bytes += read;
            position += read;
        }
    }
}
