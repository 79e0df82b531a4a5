package dev.earmark.feeds.control;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * HTML made plain text: tags gone, entities decoded, scripts and styles dropped with their content. For what is
 * plain text where it is shown (titles, names) and for HTML transcripts.
 */
public final class PlainText {

    /** Allows no element: only text reaches the receiver, never a script's content. */
    private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();
    private static final Set<String> BLOCKS = Set.of("p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "section", "article", "dt", "dd");
    private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*");

    private PlainText() {
    }

    /** One line of text: every run of white space a single space. */
    public static String line(String html) {
        if (html == null) {
            return null;
        }
        return BLANK_LINES.matcher(BLANKS.matcher(text(html, false)).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** Text with a line per paragraph (block element) of the HTML. */
    public static String lines(String html) {
        return BLANK_LINES.matcher(BLANKS.matcher(text(html, true)).replaceAll(" ")).replaceAll("\n").strip();
    }

    private static String text(String html, boolean breakBlocks) {
        StringBuilder out = new StringBuilder();
        // The policy lets no element through, so the blocks are seen by a receiver before it.
        HtmlStreamEventReceiver collector = new HtmlStreamEventReceiver() {
            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
            }

            @Override
            public void openTag(String elementName, List<String> attributes) {
            }

            @Override
            public void closeTag(String elementName) {
            }

            @Override
            public void text(String text) {
                out.append(text);
            }
        };
        HtmlSanitizer.sanitize(html, new BlockBreaks(TEXT_ONLY.apply(collector), out, breakBlocks));
        return out.toString();
    }

    /** Sees the elements before the policy drops them, to start a line at each block. */
    private record BlockBreaks(HtmlSanitizer.Policy next, StringBuilder out, boolean breakBlocks)
            implements HtmlSanitizer.Policy {

        @Override
        public void openDocument() {
            next.openDocument();
        }

        @Override
        public void closeDocument() {
            next.closeDocument();
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            separate(elementName);
            next.openTag(elementName, attributes);
        }

        @Override
        public void closeTag(String elementName) {
            separate(elementName);
            next.closeTag(elementName);
        }

        @Override
        public void text(String text) {
            next.text(text);
        }

        private void separate(String elementName) {
            if (BLOCKS.contains(elementName)) {
                out.append(breakBlocks ? '\n' : ' ');
            }
        }
    }
}
