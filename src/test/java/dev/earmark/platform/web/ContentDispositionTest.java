package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void keepsAttributeCharactersAsTheyAre() {
        assertEquals("inline; filename=\"episode-59_final.v2.opus\"; filename*=UTF-8''episode-59_final.v2.opus",
                ContentDisposition.inline("episode-59_final.v2.opus"));
    }

    @Test
    void percentEncodesEverythingElseAsUtf8AfterAPlainAsciiName() {
        assertEquals("inline; filename=\"Z_rich _ _live_; x=y.mp3\"; "
                + "filename*=UTF-8''Z%C3%BCrich%20%E2%80%93%20%22live%22%3B%20x%3Dy.mp3",
                ContentDisposition.inline("Zürich – \"live\"; x=y.mp3"));
        assertEquals("inline; filename=\"_%'*.ogg\"; filename*=UTF-8''%F0%9F%8E%A7%25%27%2A.ogg", ContentDisposition.inline("🎧%'*.ogg"));
    }

    @Test
    void anAttachmentIsSavedUnderItsEncodedName() {
        assertEquals("attachment; filename=\"2026-05-01 Z_rich.md\"; filename*=UTF-8''2026-05-01%20Z%C3%BCrich.md",
                ContentDisposition.attachment("2026-05-01 Zürich.md"));
    }
}
