package dev.earmark.catalogue.control;

import java.time.Instant;

/**
 * A stored file's bytes went out in the answer to a GET (200 or 206), fired by {@code MediaServlet} when the answer
 * ends (a client that hung up early received fewer bytes than asked). Features above the catalogue observe it (insights
 * counts podcast apps' downloads); the catalogue itself knows no observer. Observers run on the request's thread, so
 * they must be cheap, and they must not throw.
 *
 * @param fileId the stored file's id
 * @param firstByte where the bytes sent begin (0 for the whole file)
 * @param bytesSent how many were actually written
 * @param remoteAddress the client's address as the container tells it
 * @param userAgent the request's User-Agent, "" when it had none
 * @param viaPlayer whether Earmark's own player asked ({@code ?via=player}): its listening is counted otherwise
 * @param at when the answer ended
 */
public record MediaSent(long fileId, long firstByte, long bytesSent, String remoteAddress, String userAgent,
        boolean viaPlayer, Instant at) {
}
