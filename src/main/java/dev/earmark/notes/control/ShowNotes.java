package dev.earmark.notes.control;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.UNICODE_CHARACTER_CLASS;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.owasp.html.Handler;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.HtmlTextEscapingMode;
import org.owasp.html.PolicyFactory;

/** Show notes as admins and feeds write them, made safe to put into a page. */
public final class ShowNotes {

    private static final Set<String> LINE_BREAKING_ELEMENTS =
            Set.of("p", "br", "ul", "ol", "li", "blockquote", "pre", "h2", "h3", "h4");
    private static final Set<String> INLINE_ELEMENTS = Set.of("strong", "b", "em", "i", "u", "code", "a");
    private static final String[] LINK_RELS = {"nofollow", "noopener", "noreferrer"};

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(Stream.concat(LINE_BREAKING_ELEMENTS.stream(), INLINE_ELEMENTS.stream()).toArray(String[]::new))
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks(LINK_RELS)
            .toFactory();

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", UNICODE_CHARACTER_CLASS);
    // The teaser's whitespace is single spaces.
    private static final String TRAILING_SEPARATORS = " ,;:-–—";
    private static final String ELLIPSIS = "…";

    private ShowNotes() {
    }

    /** The notes reduced to the allowed elements, with bare web addresses turned into links. */
    public static String toSafeHtml(String html) {
        StringBuilder out = new StringBuilder();
        if (html != null) {
            HtmlSanitizer.sanitize(html, POLICY.apply(htmlWriter(out)));
        }
        return out.toString();
    }

    /** Like {@link #toSafeHtml(String)}, without the timestamps section, for pages that list the chapters instead. */
    public static String withoutTimestamps(String html) {
        StringBuilder out = new StringBuilder();
        if (html != null) {
            HtmlSanitizer.sanitize(html, skippingTimestamps(html, POLICY.apply(htmlWriter(out))));
        }
        return out.toString();
    }

    /** The notes as one run of plain text, without the timestamps section, for summaries and meta descriptions. */
    public static String teaser(String html) {
        StringBuilder out = new StringBuilder();
        if (html != null) {
            HtmlSanitizer.sanitize(html, skippingTimestamps(html, POLICY.apply(new TextWriter(out))));
        }
        return WHITESPACE.matcher(out).replaceAll(" ").strip();
    }

    /** The teaser cut at a word boundary to at most {@code maxChars} characters, "…" included. */
    public static String teaser(String html, int maxChars) {
        return shortened(teaser(html), maxChars);
    }

    /**
     * A {@link #teaser(String) teaser} cut at a word boundary to at most {@code maxChars} characters, "…" included: one
     * teaser gives summaries of several lengths without sanitising the notes again.
     */
    public static String shortened(String text, int maxChars) {
        if (maxChars < ELLIPSIS.length()) {
            throw new IllegalArgumentException(String.valueOf(maxChars));
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int limit = maxChars - ELLIPSIS.length();
        int lastSpace = text.lastIndexOf(' ', limit);
        String head = text.substring(0, lastSpace > 0 ? lastSpace : limit);
        return Strip.trailing(head, TRAILING_SEPARATORS) + ELLIPSIS;
    }

    private static HtmlStreamEventReceiver htmlWriter(StringBuilder out) {
        return new Linkifier(HtmlStreamRenderer.create(out, Handler.DO_NOTHING));
    }

    private static HtmlSanitizer.Policy skippingTimestamps(String html, HtmlSanitizer.Policy policy) {
        try {
            return ChapterParser.findInShowNotes(html)
                    .<HtmlSanitizer.Policy>map(section -> new SectionRemover(section, policy))
                    .orElse(policy);
        } catch (ChapterParseException unreadable) {
            // What cannot be listed as chapters stays in the notes, where people can still read it.
            return policy;
        }
    }

    /** Text with a space wherever the notes break a line, so that words of two paragraphs do not run together. */
    private static final class TextWriter implements HtmlStreamEventReceiver {

        private final StringBuilder out;

        TextWriter(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void openDocument() {
            // Plain text has no document around it.
        }

        @Override
        public void closeDocument() {
            // Plain text has no document around it.
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            separateBlock(elementName);
        }

        @Override
        public void closeTag(String elementName) {
            separateBlock(elementName);
        }

        @Override
        public void text(String text) {
            out.append(text);
        }

        private void separateBlock(String elementName) {
            if (LINE_BREAKING_ELEMENTS.contains(elementName)) {
                out.append(' ');
            }
        }
    }

    /**
     * Turns bare web addresses in text into links. It works on what the policy lets through, so it only ever sees text
     * that is already safe and knows which text is already inside a link.
     */
    private static final class Linkifier implements HtmlStreamEventReceiver {

        private static final Pattern BARE_URL = Pattern.compile("\\bhttps?://[\\p{L}\\p{N}][^\\s<>\"]*",
                CASE_INSENSITIVE | UNICODE_CHARACTER_CLASS);
        private static final String CLOSING_PUNCTUATION = ".,;:!?'\"";
        private static final String OPENING_BRACKETS = "([";
        private static final String CLOSING_BRACKETS = ")]";
        private static final String LINK_REL = String.join(" ", LINK_RELS);

        private final HtmlStreamEventReceiver next;
        // Text may come in pieces; an address must be seen whole.
        private final StringBuilder pendingText = new StringBuilder();
        private int openLinks;

        Linkifier(HtmlStreamEventReceiver next) {
            this.next = next;
        }

        @Override
        public void openDocument() {
            next.openDocument();
        }

        @Override
        public void closeDocument() {
            flushText();
            next.closeDocument();
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            flushText();
            if ("a".equals(elementName)) {
                openLinks++;
            }
            next.openTag(elementName, attributes);
        }

        @Override
        public void closeTag(String elementName) {
            flushText();
            if ("a".equals(elementName)) {
                openLinks--;
            }
            next.closeTag(elementName);
        }

        @Override
        public void text(String text) {
            pendingText.append(text);
        }

        private void flushText() {
            if (pendingText.isEmpty()) {
                return;
            }
            String text = pendingText.toString();
            pendingText.setLength(0);
            if (openLinks > 0) {
                next.text(text);
                return;
            }
            int written = 0;
            Matcher url = BARE_URL.matcher(text);
            while (url.find()) {
                int end = endWithoutClosingPunctuation(text, url.start(), url.end());
                // Longer than any address Earmark stores: it stays text.
                if (end - url.start() > WebAddresses.MAX_LENGTH) {
                    continue;
                }
                String address = text.substring(url.start(), end);
                next.text(text.substring(written, url.start()));
                next.openTag("a", List.of("href", address, "rel", LINK_REL));
                next.text(address);
                next.closeTag("a");
                written = end;
            }
            next.text(text.substring(written));
        }

        /**
         * Where the address ends when the sentence around it goes on right after it: "(see https://x.y/)." A closing
         * bracket stays when the address opened it: "https://x.y/Foo_(bar)".
         */
        private static int endWithoutClosingPunctuation(String text, int start, int end) {
            int[] unopened = new int[CLOSING_BRACKETS.length()];
            for (int i = start; i < end; i++) {
                int closing = CLOSING_BRACKETS.indexOf(text.charAt(i));
                int opening = OPENING_BRACKETS.indexOf(text.charAt(i));
                if (closing >= 0) {
                    unopened[closing]++;
                } else if (opening >= 0) {
                    unopened[opening]--;
                }
            }
            int cut = end;
            while (true) {
                char last = text.charAt(cut - 1);
                int closing = CLOSING_BRACKETS.indexOf(last);
                if (closing >= 0 && unopened[closing] > 0) {
                    unopened[closing]--;
                } else if (CLOSING_PUNCTUATION.indexOf(last) < 0) {
                    return cut;
                }
                cut--;
            }
        }
    }

    /**
     * Leaves the timestamps section out of the notes before the policy sees them. Elements opened inside the section
     * go with it; those that outlive it are opened again where it ends, which is the same place once its text is gone.
     */
    private static final class SectionRemover implements HtmlSanitizer.Policy {

        private final int start;
        private final int end;
        private final HtmlSanitizer.Policy next;
        private final Deque<OpenTag> openedInSection = new ArrayDeque<>();
        private int textOffset;

        SectionRemover(TimestampSection section, HtmlSanitizer.Policy next) {
            this.start = section.textStart();
            this.end = section.textEnd();
            this.next = next;
        }

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
            if (textOffset >= start && textOffset < end) {
                if (!HtmlTextEscapingMode.isVoidElement(elementName)) {
                    openedInSection.push(new OpenTag(elementName, new ArrayList<>(attributes)));
                }
                return;
            }
            reopenWhatOutlivesSection();
            next.openTag(elementName, attributes);
        }

        @Override
        public void closeTag(String elementName) {
            // Parsed notes come balanced: while elements of the section are open, a closing tag is theirs.
            if (!openedInSection.isEmpty() && openedInSection.peek().elementName().equals(elementName)) {
                openedInSection.pop();
                return;
            }
            next.closeTag(elementName);
        }

        @Override
        public void text(String text) {
            int textEnd = textOffset + text.length();
            if (textOffset < start) {
                next.text(text.substring(0, Math.min(text.length(), start - textOffset)));
            }
            if (textEnd > end) {
                reopenWhatOutlivesSection();
                next.text(text.substring(Math.max(0, end - textOffset)));
            }
            textOffset = textEnd;
        }

        private void reopenWhatOutlivesSection() {
            while (!openedInSection.isEmpty()) {
                OpenTag outliving = openedInSection.removeLast();
                next.openTag(outliving.elementName(), outliving.attributes());
            }
        }

        private record OpenTag(String elementName, List<String> attributes) {
        }
    }
}
