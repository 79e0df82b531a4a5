package dev.earmark.platform.boundary;

import java.time.Instant;

/**
 * A job's lease as the database has it: who holds it (or held it last, once {@code until} has passed or is null: given
 * back), since when and until when; {@code held} whether it has not run out yet at the time it was read.
 */
public record JobLeaseHolder(String name, String holder, Instant takenAt, Instant until, boolean held) {
}
