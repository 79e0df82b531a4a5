package dev.earmark.summaries.control;

/**
 * A sentence of an excerpt as the summariser reads it.
 *
 * @param complete whether it is known to be a whole sentence: it starts as one (not in lower case, as the rest of a
 *                 sentence cut by the excerpt's start does) and ends with a sentence's punctuation (not cut by the
 *                 excerpt's end, by another speaker or by a length limit)
 * @param question whether it ends with a question mark
 */
record Sentence(String text, long startMillis, boolean complete, boolean question) {
}
