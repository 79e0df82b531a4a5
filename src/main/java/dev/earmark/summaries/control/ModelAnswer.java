package dev.earmark.summaries.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat-completions answer read as a snip's summary, or refused: the answer must be what {@link ChatAnswer} requires of
 * every answer, its object the one {@link SummaryPrompt} asks for: a title and one to
 * {@value ExtractiveSummariser#MAX_TAKEAWAYS} takeaways, each within its length. Anything else is refused as a whole,
 * never repaired.
 */
public final class ModelAnswer {

    private ModelAnswer() {
    }

    /** The summary the answer holds; its takeaways' places are their order in the answer, their time unknown (0). */
    public static Summary read(String body) throws SummaryFailure {
        JsonObject summary = ChatAnswer.object(body);
        String title = ChatAnswer.text(summary.get("title"), "title", ExtractiveSummariser.MAX_TITLE_LENGTH);
        JsonArray takeaways = ChatAnswer.list(summary, "takeaways");
        if (takeaways.isEmpty() || takeaways.size() > ExtractiveSummariser.MAX_TAKEAWAYS) {
            throw new SummaryFailure("The answer has " + takeaways.size() + " takeaways, not 1 to "
                    + ExtractiveSummariser.MAX_TAKEAWAYS);
        }
        List<Takeaway> texts = new ArrayList<>(takeaways.size());
        for (JsonValue takeaway : takeaways) {
            texts.add(new Takeaway(ChatAnswer.text(takeaway, "takeaway", ExtractiveSummariser.MAX_TAKEAWAY_LENGTH),
                    texts.size(), 0));
        }
        return new Summary(title, texts);
    }
}
