package dev.earmark.notes.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChapterParserTest {

    // The ten episode descriptions of the seed listing (Meta Tech Podcast), as the feed gives them: plain text.

    /** 60: Simplified Executable Deployment with DotSlash */
    static final String EPISODE_60 = """
            Learn about DotSlash, a tool that simplifies executable deployment by combining a fast Rust program \
            with a JSON manifest. Discover the differences between DotSlash and other deployment methods like \
            LFS and buck2 run. Hear about where DotSlash is used at Meta and how it improves tool distribution.""";

    /** 59: Meta ❤️ Python 3.12 */
    static final String EPISODE_59 = """
            Discussing Python 3.12 new features contributed by Meta like custom JITs, type system improvements, \
            and faster comprehensions. Exploring the challenges of upstreaming changes, including Cinder's \
            impact on machine learning. Insights on Python performance enhancements, upcoming features, and \
            managing API changes within tech companies.""";

    /** 58: Advancing GenAI at Meta */
    static final String EPISODE_58 = """
            In this episode, Pascal interviews Devi, an AI research director at Meta, about the history of AI at \
            Meta and their unique approach to developing and using AI. They discuss topics such as the \
            difference between AI and ML, deep learning and LLMs, Meta's open approach to AI, and exciting \
            future AI developments. They also mention recent product launches, including Meta AI agents and \
            personalized AI assistants.""";

    /** ARCHIVE: From Facebook Home to Instagram Stories */
    static final String ARCHIVE = """
            We’re jumping into our time machine and going back to 2018 for an interview with Will B. about the \
            various twists and turns that led to the creation of Instagram Stories. We will be back with a fresh \
            interview next month. Got feedback? Send it to us on Threads (https://threads.net/@metatechpod), \
            Twitter (https://twitter.com/metatechpod), Instagram (https://instagram.com/metatechpod) and don’t \
            forget to follow our host @passy (https://twitter.com/passy, https://mastodon.social/@passy, and \
            https://threads.net/@passy_). Fancy working with us? Check out https://www.metacareers.com/. Links \
            Rebound: https://github.com/facebookarchive/rebound Origami Studio: https://origami.design/ \
            Timestamps Intro 0:06 Will Bailey 1:14 Early FB iOS app 7:16 Release Trains 11:52 The End of HTML5 \
            13:29 Migration to Native 16:05 Facebook Home 17:02 Design Collaboration 22:03 Instagram 26:33 \
            Slingshot 27:57 Instagram for Android 29:54 Instagram Stories 35:37 Rebound 41:25 Outro 44:41 \u00a0""";

    /** 57: Writing and linting Python at scale */
    static final String EPISODE_57 = """
            Python at Meta is huge. Not only does it famously power Instagram's backend, but it underpins our \
            configuration systems, much of our AI work and many services. Amethyst joins Pascal for this episode \
            of the Meta Tech Podcast to talk about how the Python Foundation Team works to improve the developer \
            experience of everyone working with Python at Meta and Fixit 2, the freshly open-sourced linter \
            framework built on top of libcst. Got feedback? Send it to us on Threads \
            (https://threads.net/@metatechpod), Twitter (https://twitter.com/metatechpod), Instagram \
            (https://instagram.com/metatechpod) and don’t forget to follow our host @passy \
            (https://twitter.com/passy, https://mastodon.social/@passy, and https://threads.net/@passy_). Fancy \
            working with us? Check out https://www.metacareers.com/. Links Fixit 2 announcement post: \
            https://engineering.fb.com/2023/08/07/developer-tools/fixit-2-linter-meta/ Fixit: \
            https://fixit.readthedocs.io µfmt: https://ufmt.omnilib.dev µsort: https://usort.readthedocs.io \
            LibCST: https://libcst.readthedocs.io 5 Things You Didn’t Know About Buck2: \
            https://engineering.fb.com/2023/10/23/developer-tools/5-things-you-didnt-know-about-buck2/ \
            Scheduling Jupyter Notebooks at Meta: \
            https://engineering.fb.com/2023/08/29/security/scheduling-jupyter-notebooks-meta/ Timestamps Intro \
            0:06 Intro Amethyst 1:57 Production vs Software Engineering 3:41 PE for language teams 5:40 Python \
            at Meta 6:58 Python3 migration 10:15 Projects on the Python Foundation Team 16:30 libcst and \
            codemods 21:55 What Python looks like at Meta 25:53 Meta's involvement in the Python community 30:30 \
            The importance of lints at Meta 35:13 Why another linter? 39:11 Favourite lint 46:26 Outro 48:17 \
            Bloopers 48:54""";

    /** 56: How Threads was built in 5 months */
    static final String EPISODE_56 = """
            Learn about the rapid rise of Threads from idea to 100M users in 5 months. Engineers share \
            challenges faced in backend, iOS, and Android development. Insights on building on top of Meta's \
            infrastructure, code sharing, and favorite moments from the journey.""";

    /** 55: What it's like to ship code at Meta */
    static final String EPISODE_55 = """
            Two software engineers at Meta, Katherine and Dustin, discuss the challenges and benefits of \
            shipping code at Meta. They cover topics such as monorepos, pre-commit code review, and CI \
            infrastructure. They also talk about the life of a diff, writing bots to write code, finding \
            reviewers, and maintaining stability. The episode provides insights into Meta's code development \
            process and the importance of code review and testing.""";

    /** 54: Building Key Transparency at WhatsApp */
    static final String EPISODE_54 = """
            In April, WhatsApp announced the launch of a new cryptographic security feature to automatically \
            verify a secured connection based on key transparency. Key transparency helps strengthen the \
            guarantee that end-to-end encryption provides to private, personal messaging applications in a \
            transparent manner available to all. Rolling out a feature like this to WhatsApp's user base is not \
            a small feat and requires some clever engineering to scale to the billions of users relying on \
            WhatsApp to stay in touch with friends, family and business. Pascal is joined by Sean and Kevin to \
            discuss what Key Transparency means in practice and the various challenges they encountered as they \
            scaled it up to billions of users. Got feedback? Send it to us on Threads \
            (https://threads.net/@metatechpod), Twitter (https://twitter.com/metatechpod), Instagram \
            (https://instagram.com/metatechpod) and don’t forget to follow our host @passy \
            (https://twitter.com/passy, https://mastodon.social/@passy, and https://threads.net/@passy_). Fancy \
            working with us? Check out https://www.metacareers.com/. Links Infer: https://fbinfer.com/ Infer on \
            GitHub: https://github.com/facebook/infer MTP Episode 18 about Infer: https://pca.st/5U9V Deploying \
            key transparency at WhatsApp - Engineering at Meta: \
            https://engineering.fb.com/2023/04/13/security/whatsapp-key-transparency/ GitHub - facebook/akd: An \
            implementation of an auditable key directory: https://github.com/facebook/akd/\u00a0 Parakeet: Practical \
            Key Transparency for End-to-End Encrypted Messaging: \
            https://www.ndss-symposium.org/ndss-paper/parakeet-practical-key-transparency-for-end-to-end-encrypted-messaging/\u00a0 SEEMless: \
            Secure End-to-End Encrypted Messaging with less trust: https://eprint.iacr.org/2018/607 Coniks: \
            Bringing Key Transparency to End Users: \
            https://www.usenix.org/conference/usenixsecurity15/technical-sessions/presentation/melara\u00a0 IETF \
            Working Group on Key Transparency: https://datatracker.ietf.org/wg/keytrans/about \u00a0 Timestamps Intro \
            0:06 News Update: Infer turns 10 1:34 Interview Intro 4:27 Intro Kevin 4:45 Intro Sean 6:07 \
            WhatsApp's mission 6:47 PETs 7:58 E2E basics 8:59 Key transparency 10:32 Crypto community response \
            18:20 End-user changes 19:57 Technical challenges and zero-knowledge proofs 23:18 AKD 28:27 Internal \
            deployment 32:02 Outro 42:16 Bloopers 43:05""";

    /** 53: Offensive security at Meta’s Red Team X */
    static final String EPISODE_53 = """
            Red Team X is a security team at Meta that is responsible for finding and exploiting vulnerabilities \
            in third-party products that could impact Meta's own security. The team acts as a hybrid between a \
            traditional red team, which focuses on probing their own organisation's systems and products for \
            vulnerabilities, and an elite bug-hunting group. The team was founded by Vlad I. in 2020 when the \
            pandemic and the sudden shift to Work From Home challenged various previously-held assumptions about \
            security. In his discussion with Pascal, Vlad explains the roles of different security teams within \
            Meta, how they go about prioritising the highest-impact targets to exploit and how they work with \
            vendors to ensure not just Meta but the entire world benefits from the fixes produced. Got feedback? \
            Send it to us on Twitter (https://twitter.com/metatechpod), Instagram \
            (https://instagram.com/metatechpod) and don’t forget to follow our host @passy \
            (https://twitter.com/passy and https://mastodon.social/@passy). Fancy working with us? Check out \
            https://www.metacareers.com/. \u00a0 Links: The Diff episode about Velox: \
            https://thediffpodcast.com/docs/episode-17 Risky Business Podcast: https://risky.biz/ RTX Blog: \
            https://rtx.meta.security RTX Disclosures: https://rtx.meta.security/bugs RTX in WIRED: \
            https://www.wired.com/story/facebook-red-team-x-vulnerabilities/ \u00a0 Timestamps: Intro 0:06 Vlad Intro \
            1:55 Red Teaming 2:43 Staying up-to-date 6:34 Different team colours 10:02 Defence-in-depth 12:44 \
            Red Team X 15:57 Hardware v Software 19:43 Focus areas 21:29 Prioritising requests 22:44 Notable RTX \
            Disclosures 26:05 Vulnerability disclosure policy 28:52 Getting into offensive security 38:48 Outro \
            40:51 \u00a0""";

    /** 52: The success story behind PyTorch */
    static final String EPISODE_52 = """
            PyTorch is now one of the most popular machine learning frameworks out there but that was not a \
            foregone conclusion when it was released in 2016. Our host Pascal is joined by Suraj, a developer \
            advocate here at Meta, to dissect the history of PyTorch and look at the factors that contributed to \
            its success. That includes understanding your target audience, maintaining backwards compatibility, \
            fostering a helpful community and so much more. \u00a0You don't need to be an expert in PyTorch to enjoy \
            the discussion as Suraj explains all the basics. Got feedback? Send it to us on Twitter \
            (https://twitter.com/metatechpod), Instagram (https://instagram.com/metatechpod) and don’t forget to \
            follow our host @passy (https://twitter.com/passy and https://mastodon.social/@passy). Fancy working \
            with us? Check out https://www.metacareers.com/. \u00a0 Links: Meta Open Source Blog: Creating Safe \
            Spaces for Underrepresented Individuals in Open Source Communities - \
            https://developers.facebook.com/blog/post/2023/05/31/creating-safe-spaces/\u00a0 PyTorch Developer \
            Podcast - https://pytorch-dev-podcast.simplecast.com/ PyTorch - https://pytorch.org/\u00a0 PyTorch on \
            GitHub - https://github.com/pytorch/pytorch Announcing the PyTorch Foundation: A new era for the \
            cutting-edge AI framework - https://ai.facebook.com/blog/pytorch-foundation/ \u00a0 Timestamps: Intro \
            0:05 Suraj Intro 1:52 What is PyTorch? 4:39 History of PyTorch 5:33 Choosing a Target Audience 7:27 \
            Python and Performance 11:20 Design Decisions 19:04 OSS Governance and Community 21:11 PyTorch 2.0 \
            25:47 How to get started 28:32 Outro 30:14 Bloopers 32:16""";

    @Test
    void findsTheFourteenChaptersOfTheArchiveEpisode() {
        TimestampSection section = ChapterParser.findInShowNotes(ARCHIVE).orElseThrow();

        assertEquals(List.of(
                new ChapterMark(6_000, "Intro"),
                new ChapterMark(74_000, "Will Bailey"),
                new ChapterMark(436_000, "Early FB iOS app"),
                new ChapterMark(712_000, "Release Trains"),
                new ChapterMark(809_000, "The End of HTML5"),
                new ChapterMark(965_000, "Migration to Native"),
                new ChapterMark(1_022_000, "Facebook Home"),
                new ChapterMark(1_323_000, "Design Collaboration"),
                new ChapterMark(1_593_000, "Instagram"),
                new ChapterMark(1_677_000, "Slingshot"),
                new ChapterMark(1_794_000, "Instagram for Android"),
                new ChapterMark(2_137_000, "Instagram Stories"),
                new ChapterMark(2_485_000, "Rebound"),
                new ChapterMark(2_681_000, "Outro")), section.chapters());
    }

    @Test
    void placesTheArchiveSectionFromItsLabelToTheEndOfTheText() {
        TimestampSection section = ChapterParser.findInShowNotes(ARCHIVE).orElseThrow();

        assertEquals(ARCHIVE.indexOf("Timestamps Intro 0:06"), section.textStart());
        assertEquals(ARCHIVE.length(), section.textEnd());
    }

    @Test
    void findsFifteenChaptersInEpisode57EndingWithBloopers() {
        List<ChapterMark> chapters = ChapterParser.findInShowNotes(EPISODE_57).orElseThrow().chapters();

        assertEquals(15, chapters.size());
        assertEquals(new ChapterMark(6_000, "Intro"), chapters.get(0));
        assertEquals(new ChapterMark(221_000, "Production vs Software Engineering"), chapters.get(2));
        assertEquals(new ChapterMark(615_000, "Python3 migration"), chapters.get(5));
        assertEquals(new ChapterMark(2_351_000, "Why another linter?"), chapters.get(11));
        assertEquals(new ChapterMark(2_934_000, "Bloopers"), chapters.get(14));
    }

    @Test
    void keepsDigitsAndColonsInTheTitlesOfEpisode54() {
        List<ChapterMark> chapters = ChapterParser.findInShowNotes(EPISODE_54).orElseThrow().chapters();

        assertEquals(16, chapters.size());
        assertEquals(new ChapterMark(94_000, "News Update: Infer turns 10"), chapters.get(1));
        assertEquals(new ChapterMark(539_000, "E2E basics"), chapters.get(7));
        assertEquals(new ChapterMark(2_585_000, "Bloopers"), chapters.get(15));
    }

    @Test
    void readsTheColonLabelOfEpisode53() {
        List<ChapterMark> chapters = ChapterParser.findInShowNotes(EPISODE_53).orElseThrow().chapters();

        assertEquals(14, chapters.size());
        assertEquals(new ChapterMark(6_000, "Intro"), chapters.get(0));
        assertEquals(new ChapterMark(394_000, "Staying up-to-date"), chapters.get(3));
        assertEquals(new ChapterMark(2_451_000, "Outro"), chapters.get(13));
    }

    @Test
    void keepsVersionNumbersInTheTitlesOfEpisode52() {
        List<ChapterMark> chapters = ChapterParser.findInShowNotes(EPISODE_52).orElseThrow().chapters();

        assertEquals(12, chapters.size());
        assertEquals(new ChapterMark(5_000, "Intro"), chapters.get(0));
        assertEquals(new ChapterMark(279_000, "What is PyTorch?"), chapters.get(2));
        assertEquals(new ChapterMark(1_547_000, "PyTorch 2.0"), chapters.get(8));
        assertEquals(new ChapterMark(1_936_000, "Bloopers"), chapters.get(11));
    }

    @ParameterizedTest
    @ValueSource(strings = {EPISODE_60, EPISODE_59, EPISODE_58, EPISODE_56, EPISODE_55})
    void findsNoSectionInEpisodesWithoutTimestamps(String description) {
        assertEquals(Optional.empty(), ChapterParser.findInShowNotes(description));
    }

    @Test
    void parsesTheSectionTextAsFoundInTheNotes() {
        String sectionText = ARCHIVE.substring(ARCHIVE.indexOf("Timestamps"));

        assertEquals(ChapterParser.findInShowNotes(ARCHIVE).orElseThrow().chapters(), ChapterParser.parse(sectionText));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Intro 0:00 Main topic 12:34 Outro 1:02:03",
        "0:00 Intro 12:34 Main topic 1:02:03 Outro",
        "(0:00) Intro\n(12:34) Main topic\n(1:02:03) Outro",
        "[0:00] Intro\n[12:34] Main topic\n[1:02:03] Outro",
        "0:00 Intro\n12:34 Main topic\n1:02:03 Outro",
        "0:00 - Intro\n12:34 - Main topic\n1:02:03 - Outro",
        "0:00 – Intro\n12:34 – Main topic\n1:02:03 – Outro",
        "Intro 0:00\nMain topic 12:34\nOutro 1:02:03",
        "Intro - 0:00\nMain topic - 12:34\nOutro - 1:02:03",
        "Intro (0:00)\nMain topic (12:34)\nOutro (1:02:03)",
        "Timestamps\n0:00 Intro\n12:34 Main topic\n1:02:03 Outro",
        "Timestamps: Intro 0:00 Main topic 12:34 Outro 1:02:03",
        "Chapters:\n00:00 Intro\n12:34 Main topic\n01:02:03 Outro\n",
        "Chapters:\r\n- 0:00: Intro\r\n- 12:34: Main topic\r\n- 1:02:03: Outro\r\n",
        "\n  0:00\u00a0Intro\n\n  12:34  Main   topic\n\n  1:02:03 Outro  \n",
    })
    void readsEveryWayOfWritingChapters(String text) {
        assertEquals(List.of(
                new ChapterMark(0, "Intro"),
                new ChapterMark(754_000, "Main topic"),
                new ChapterMark(3_723_000, "Outro")), ChapterParser.parse(text));
    }

    @Test
    void readsHours() {
        assertEquals(List.of(new ChapterMark(3_723_000, "Title")), ChapterParser.parse("1:02:03 - Title"));
    }

    @Test
    void acceptsAFirstChapterAfterTheStart() {
        assertEquals(List.of(new ChapterMark(150_000, "Welcome"), new ChapterMark(600_000, "Topic")),
                ChapterParser.parse("2:30 Welcome\n10:00 Topic"));
    }

    @Test
    void acceptsMinutesPastTheHourWithoutHours() {
        assertEquals(List.of(new ChapterMark(4_530_000, "Long tail")), ChapterParser.parse("75:30 Long tail"));
    }

    @Test
    void keepsDigitsColonsAndDashesInsideTitles() {
        assertEquals(List.of(
                new ChapterMark(0, "Top 10: the list"),
                new ChapterMark(300_000, "Web 3.0 vs 2.0"),
                new ChapterMark(570_000, "24/7 on-call - a retro")),
                ChapterParser.parse("0:00 Top 10: the list\n5:00 Web 3.0 vs 2.0\n9:30 24/7 on-call - a retro"));
    }

    @Test
    void readsFractionsOfASecond() {
        assertEquals(List.of(
                new ChapterMark(1_500, "Cold open"),
                new ChapterMark(754_500, "Part"),
                new ChapterMark(3_723_250, "End")),
                ChapterParser.parse("0:01.5 Cold open\n12:34.500 Part\n1:02:03.25 End"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " \n\t\u00a0 "})
    void readsNothingFromBlankText(String text) {
        assertEquals(List.of(), ChapterParser.parse(text));
    }

    @Test
    void rejectsTimesThatGoBackwards() {
        ChapterParseException e = assertThrows(ChapterParseException.class,
                () -> ChapterParser.parse("Intro 0:06 Outro 44:41 Rebound 41:25"));

        assertEquals("chapters.error.outOfOrder", e.messageKey());
        assertArrayEquals(new Object[] {"Rebound", "41:25"}, e.arguments());
    }

    @Test
    void rejectsTwoChaptersAtTheSameTime() {
        ChapterParseException e = assertThrows(ChapterParseException.class,
                () -> ChapterParser.parse("0:00 Intro\n1:02:03 Guest\n1:02:03 Outro"));

        assertEquals("chapters.error.outOfOrder", e.messageKey());
        assertArrayEquals(new Object[] {"Outro", "1:02:03"}, e.arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:75", "1:60:00", "0:59:60"})
    void rejectsSecondsOrMinutesPast59(String badTime) {
        ChapterParseException e = assertThrows(ChapterParseException.class,
                () -> ChapterParser.parse("0:00 Intro\n" + badTime + " Topic"));

        assertEquals("chapters.error.badTime", e.messageKey());
        assertArrayEquals(new Object[] {badTime}, e.arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Intro, then the interview, version 2.0 at 10 past", "Timestamps:", "Chapters: soon"})
    void rejectsTextWithoutATime(String text) {
        ChapterParseException e = assertThrows(ChapterParseException.class, () -> ChapterParser.parse(text));

        assertEquals("chapters.error.noTimestamp", e.messageKey());
        assertArrayEquals(new Object[0], e.arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0:00 Intro\n1:00\n2:00 Outro", "0:00 Intro\n1:00 –\n2:00 Outro", "Intro 0:00 - 1:00 Outro 2:00"})
    void rejectsAChapterWithoutTitle(String text) {
        ChapterParseException e = assertThrows(ChapterParseException.class, () -> ChapterParser.parse(text));

        assertEquals("chapters.error.emptyTitle", e.messageKey());
        assertArrayEquals(new Object[] {"1:00"}, e.arguments());
    }

    @Test
    void rejectsWordsAfterTheLastTimeWhenTitlesComeFirst() {
        ChapterParseException e = assertThrows(ChapterParseException.class,
                () -> ChapterParser.parse("Intro 0:00 Outro 1:00 Thanks for listening!"));

        assertEquals("chapters.error.textWithoutTime", e.messageKey());
        assertArrayEquals(new Object[] {"Thanks for listening!"}, e.arguments());
    }

    @Test
    void rejectsALineWithoutTimeBetweenChapters() {
        ChapterParseException e = assertThrows(ChapterParseException.class,
                () -> ChapterParser.parse("0:00 Intro\nwhere it all began\n1:00 Outro"));

        assertEquals("chapters.error.textWithoutTime", e.messageKey());
        assertArrayEquals(new Object[] {"where it all began"}, e.arguments());
    }

    @Test
    void showsKeyAndArgumentsInTheLogMessage() {
        ChapterParseException e = assertThrows(ChapterParseException.class, () -> ChapterParser.parse("1:75 Intro"));

        assertTrue(e.getMessage().contains("chapters.error.badTime"), e.getMessage());
        assertTrue(e.getMessage().contains("1:75"), e.getMessage());
    }

    @Test
    void readsOneStartTimeOnItsOwn() {
        assertEquals(6_000, ChapterParser.parseTime("0:06"));
        assertEquals(754_000, ChapterParser.parseTime(" 12:34 "));
        assertEquals(3_723_000, ChapterParser.parseTime("1:02:03"));
        assertEquals(754_500, ChapterParser.parseTime("12:34.5"));
        assertEquals(4_530_000, ChapterParser.parseTime("75:30"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12", "7:30 Breakfast", "at 7:30", "12:3", "1:02:03:04", "1:2:3", "noon"})
    void refusesAStartThatIsNotJustATime(String text) {
        ChapterParseException e = assertThrows(ChapterParseException.class, () -> ChapterParser.parseTime(text));

        assertEquals("chapters.error.notATime", e.messageKey());
    }

    @Test
    void refusesAStartWithSecondsPast59() {
        ChapterParseException e = assertThrows(ChapterParseException.class, () -> ChapterParser.parseTime("1:75"));

        assertEquals("chapters.error.badTime", e.messageKey());
    }

    @Test
    void formatsTimesAsPeopleWriteThem() {
        assertEquals("0:00", ChapterParser.formatTime(0));
        assertEquals("41:25", ChapterParser.formatTime(2_485_000));
        assertEquals("1:02:03", ChapterParser.formatTime(3_723_000));
        assertEquals("12:34.500", ChapterParser.formatTime(754_500));
    }

    @Test
    void findsASectionInItsOwnParagraphOfHtml() {
        String html = "<p>Links: <a href=\"https://x.example\">x</a></p>"
                + "<p><strong>Timestamps:</strong><br>(0:00) Intro<br>(1:00) Outro</p><p>Thanks!</p>";
        String text = "Links: xTimestamps:(0:00) Intro(1:00) OutroThanks!";

        TimestampSection section = ChapterParser.findInShowNotes(html).orElseThrow();

        assertEquals(List.of(new ChapterMark(0, "Intro"), new ChapterMark(60_000, "Outro")), section.chapters());
        assertEquals(text.indexOf("Timestamps"), section.textStart());
        assertEquals(text.indexOf("Thanks!"), section.textEnd());
    }

    @Test
    void endsASectionOfPlainTextAtABlankLine() {
        String notes = "About the show.\n\nTimestamps:\n0:00 Intro\n1:00 Outro\n \nThanks for listening.";

        TimestampSection section = ChapterParser.findInShowNotes(notes).orElseThrow();

        assertEquals(2, section.chapters().size());
        assertEquals(notes.indexOf("Timestamps"), section.textStart());
        assertEquals(notes.indexOf("Thanks"), section.textEnd());
    }

    @Test
    void readsASectionOfPlainTextAsABrowserSendsIt() {
        String notes = "About the show.\r\n\r\nTimestamps:\r\n0:00 Intro\r\n1:00 Outro\r\n\r\nThanks for listening.";

        TimestampSection section = ChapterParser.findInShowNotes(notes).orElseThrow();

        assertEquals(List.of(new ChapterMark(0, "Intro"), new ChapterMark(60_000, "Outro")), section.chapters());
        assertEquals(notes.indexOf("Thanks"), section.textEnd());
    }

    @Test
    void countsDecodedCharactersForTheSectionPlace() {
        String html = "<p>Q&amp;A &lt;live&gt; Chapters: 0:00 Intro 1:00 Q&amp;A</p>";

        TimestampSection section = ChapterParser.findInShowNotes(html).orElseThrow();

        assertEquals(new ChapterMark(60_000, "Q&A"), section.chapters().get(1));
        assertEquals("Q&A <live> ".length(), section.textStart());
        assertEquals("Q&A <live> Chapters: 0:00 Intro 1:00 Q&A".length(), section.textEnd());
    }

    @Test
    void skipsTheLabelWordWhenNoTimeFollowsIt() {
        String html = "<p>Chapters: we now have chapters in the app.</p><p>Chapters: 0:00 Intro 1:00 Outro</p>";

        TimestampSection section = ChapterParser.findInShowNotes(html).orElseThrow();

        assertEquals(2, section.chapters().size());
        assertEquals("Chapters: we now have chapters in the app.".length(), section.textStart());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>We added timestamps 0:00 to 1:00.</p>", "<p>Intro 0:00 Outro 1:00</p>", ""})
    void findsNothingWithoutALabel(String html) {
        assertEquals(Optional.empty(), ChapterParser.findInShowNotes(html));
    }

    @Test
    void findsNothingInNoNotes() {
        assertEquals(Optional.empty(), ChapterParser.findInShowNotes(null));
    }

    @Test
    void reportsASectionThatCannotBeRead() {
        ChapterParseException e = assertThrows(ChapterParseException.class,
                () -> ChapterParser.findInShowNotes("<p>Timestamps: Intro 0:06 Outro 0:01</p>"));

        assertEquals("chapters.error.outOfOrder", e.messageKey());
    }
}
