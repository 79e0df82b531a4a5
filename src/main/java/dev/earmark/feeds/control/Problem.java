package dev.earmark.feeds.control;

import java.util.List;

/** Something wrong with part of a feed, as a bundle key ({@code feeds.import.*}) and its arguments. */
public record Problem(String key, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String key, Object... arguments) {
        return new Problem(key, List.of(arguments));
    }
}
