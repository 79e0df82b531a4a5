package dev.earmark.feeds.control;

import dev.earmark.catalogue.entity.Episode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Matches a feed's items with a show's stored episodes: by guid, else by link, else by audio address; each stored
 * episode at most once. An episode whose guid the feed still has is kept for that guid, and a link or address that
 * several episodes share matches none of them (many feeds give every item the show's home page as its link).
 *
 * @param <T> the stored episode
 */
public final class ItemMatcher<T> {

    static final String DERIVED_PREFIX = "urn:sha256:";

    private final List<T> stored;
    private final Function<T, String> guidOf;
    private final Function<T, String> linkOf;
    private final Function<T, String> audioOf;
    private final Predicate<String> guidTakenElsewhere;
    private final Set<String> feedGuids;
    private final Set<String> seenGuids = new HashSet<>();
    private final Map<T, Boolean> matched = new IdentityHashMap<>();

    /**
     * @param feedGuids every guid the feed gives (the stored episodes with one of them are matched only by it)
     * @param guidTakenElsewhere whether a guid is another show's episode's (guids are unique in the catalogue)
     */
    public ItemMatcher(List<T> stored, Collection<String> feedGuids, Function<T, String> guidOf,
            Function<T, String> linkOf, Function<T, String> audioOf, Predicate<String> guidTakenElsewhere) {
        this.stored = List.copyOf(stored);
        this.feedGuids = new HashSet<>(feedGuids);
        this.guidOf = guidOf;
        this.linkOf = linkOf;
        this.audioOf = audioOf;
        this.guidTakenElsewhere = guidTakenElsewhere;
    }

    /** The outcome for one item: its stored episode, else the guid to store it under, or why it is skipped. */
    public record Match<T>(Optional<T> matched, String guid, Optional<Problem> refusal) {
    }

    public Match<T> match(String guid, String link, String audioUrl) {
        String key = guid != null ? guid : derivedGuid(audioUrl);
        if (!seenGuids.add(key)) {
            return refused(key, guid == null ? Problem.of("feeds.import.skip.duplicateAudio", audioUrl)
                    : Problem.of("feeds.import.skip.duplicateGuid", FeedReader.shortened(guid)));
        }
        Optional<T> found = only(episode -> key.equals(guidOf.apply(episode)));
        if (found.isEmpty()) {
            found = unique(link, linkOf).or(() -> unique(audioUrl, audioOf));
        }
        if (found.isPresent()) {
            matched.put(found.get(), Boolean.TRUE);
            return new Match<>(found, guidOf.apply(found.get()), Optional.empty());
        }
        if (stored.stream().anyMatch(episode -> key.equals(guidOf.apply(episode)))
                || guidTakenElsewhere.test(key)) {
            return refused(key, Problem.of("feeds.import.skip.guidTaken", FeedReader.shortened(key)));
        }
        return new Match<>(Optional.empty(), key, Optional.empty());
    }

    /** The stored episodes no item matched, in their order. */
    public List<T> unmatched() {
        return stored.stream().filter(episode -> !matched.containsKey(episode)).toList();
    }

    /**
     * An item without a guid is stored under one made from its audio address, the same on every import: the
     * address itself when it fits, else its SHA-256.
     */
    public static String derivedGuid(String audioUrl) {
        Objects.requireNonNull(audioUrl);
        if (audioUrl.length() <= Episode.GUID_MAX) {
            return audioUrl;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(audioUrl.getBytes(StandardCharsets.UTF_8));
            return DERIVED_PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private Optional<T> only(Predicate<T> condition) {
        return stored.stream().filter(episode -> !matched.containsKey(episode)).filter(condition).findFirst();
    }

    /** The one stored episode not yet matched and not kept for a guid of the feed with this value, if exactly one. */
    private Optional<T> unique(String value, Function<T, String> property) {
        if (value == null) {
            return Optional.empty();
        }
        List<T> candidates = new ArrayList<>();
        for (T episode : stored) {
            if (value.equals(property.apply(episode))) {
                candidates.add(episode);
            }
        }
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        T candidate = candidates.get(0);
        return matched.containsKey(candidate) || feedGuids.contains(guidOf.apply(candidate))
                ? Optional.empty() : Optional.of(candidate);
    }

    private static <T> Match<T> refused(String key, Problem reason) {
        return new Match<>(Optional.empty(), key, Optional.of(reason));
    }
}
