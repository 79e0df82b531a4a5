import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The corpus of tools/benchmark/search.sh: shows, episodes and their transcripts as CSV files (one per table, the
 * header naming the columns), and two query sets (warm-up and measured), written into the folder given.
 *
 * <p>Words are drawn by Zipf's law (exponent 1.07) over a vocabulary of real English words: first the words of the
 * demo's conversations (tools/demo-content/conversations), ranked by how often they occur there (so "the" and "and"
 * are the most frequent), then the other words of /usr/share/dict/words (Debian's wamerican; without it the
 * vocabulary is the conversations' alone, about 1,200 words) in a shuffled order, as the long tail. Only files that
 * rarely change feed it, so the same seed gives the same corpus. Transcripts are sentences of varied length, one cue each,
 * two speakers taking turns, cue times advancing at about 2.5 words a second. Everything follows from the seed.
 *
 * <p>Usage: {@code java tools/benchmark/SearchCorpus.java OUT_DIR [--episodes N] [--words-per-transcript N]
 * [--shows N] [--queries N] [--seed N] [--notes-derivation N]} (run from the repository's root).
 */
public final class SearchCorpus {

    private static final double ZIPF_EXPONENT = 1.07;
    private static final double WORDS_PER_SECOND = 2.5;
    /** Far above the ids EclipseLink's sequence hands out, so the application's own rows never collide. */
    private static final long SHOW_ID_BASE = 900_000_000L;
    private static final long EPISODE_ID_BASE = 910_000_000L;
    private static final long TRANSCRIPT_ID_BASE = 920_000_000L;
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");
    private static final Pattern SPEAKER_LINE = Pattern.compile("^([A-Z][a-z]+): ", Pattern.MULTILINE);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx").withZone(ZoneOffset.UTC);
    private static final List<String> QUERY_KINDS = List.of("rare", "common", "phrase", "prefix");
    private static final Instant FIRST_PUBLISHED = Instant.parse("2016-01-04T06:00:00Z");

    private final Options options;
    private final List<String> vocabulary;
    private final Set<String> stopWords;
    private final List<String> speakers;
    private final double[] cumulative;
    private final SplittableRandom random;
    /** Per rank: in how many episodes' transcripts the word occurs. */
    private final int[] documentFrequency;
    private final int[] lastEpisodeSeen;
    /** Word sequences taken from the transcripts, candidates for phrase queries. */
    private final List<List<Integer>> phraseCandidates = new ArrayList<>();
    private long tokens;
    private long cues;

    private SearchCorpus(Options options, List<String> vocabulary, Set<String> stopWords, List<String> speakers) {
        this.options = options;
        this.vocabulary = vocabulary;
        this.stopWords = stopWords;
        this.speakers = speakers;
        this.cumulative = zipfCumulative(vocabulary.size());
        this.random = new SplittableRandom(options.seed);
        this.documentFrequency = new int[vocabulary.size()];
        this.lastEpisodeSeen = new int[vocabulary.size()];
        Arrays.fill(lastEpisodeSeen, -1);
    }

    public static void main(String[] arguments) throws IOException {
        Options options = Options.parse(arguments);
        Path root = Path.of("").toAbsolutePath();
        String conversations = textOf(root, "tools/demo-content/conversations");
        List<String> vocabulary = vocabulary(conversations, options.seed);
        SearchCorpus corpus = new SearchCorpus(options, vocabulary, stopWords(), speakers(conversations));
        Files.createDirectories(options.out);
        corpus.writeShows();
        corpus.writeEpisodesAndTranscripts();
        corpus.writeQueries("queries.tsv", options.seed + 1);
        corpus.writeQueries("warm-up-queries.tsv", options.seed + 2);
        System.out.printf(Locale.ROOT, "vocabulary %,d words (%s); %,d episodes, %,d cues, %,d transcript words%n",
                vocabulary.size(), Files.isReadable(DICTIONARY) ? "demo conversations + " + DICTIONARY
                        : "demo conversations only: install wamerican for a realistic tail of rare words",
                options.episodes, corpus.cues, corpus.tokens);
    }

    // ---------------------------------------------------------------- vocabulary

    private static final Path DICTIONARY = Path.of("/usr/share/dict/words");

    private static String textOf(Path root, String folder) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(root.resolve(folder))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }

    /** The conversations' words by falling frequency, then the dictionary's other words, shuffled by the seed. */
    private static List<String> vocabulary(String conversations, long seed) throws IOException {
        Set<String> vocabulary = new LinkedHashSet<>(byFrequency(conversations));
        if (Files.isReadable(DICTIONARY)) {
            List<String> dictionary = new ArrayList<>(Files.readAllLines(DICTIONARY, StandardCharsets.UTF_8).stream()
                    .filter(word -> word.matches("[a-z]{2,20}")).toList());
            Collections.shuffle(dictionary, new Random(seed));
            vocabulary.addAll(dictionary);
        }
        return List.copyOf(vocabulary);
    }

    private static List<String> byFrequency(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (word.length() <= 20 && !word.contains("'")) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(Comparator.comparing((String word) -> -counts.get(word)).thenComparing(Comparator.naturalOrder()));
        return ranked;
    }

    /** PostgreSQL's English stop words where installed: words that full-text search drops, useless as query terms. */
    private static Set<String> stopWords() throws IOException {
        Set<String> words = new LinkedHashSet<>(List.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
                "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
                "there", "these", "they", "this", "to", "was", "will", "with"));
        Path postgres = Path.of("/usr/share/postgresql");
        if (Files.isDirectory(postgres)) {
            try (Stream<Path> files = Files.walk(postgres, 3)) {
                for (Path file : files.filter(path -> path.endsWith("tsearch_data/english.stop")).toList()) {
                    words.addAll(Files.readAllLines(file).stream().map(String::strip).filter(w -> !w.isEmpty())
                            .toList());
                }
            }
        }
        return words;
    }

    /** The names of the demo conversations' speakers. */
    private static List<String> speakers(String conversations) {
        Set<String> names = new LinkedHashSet<>();
        Matcher speaker = SPEAKER_LINE.matcher(conversations);
        while (speaker.find()) {
            names.add(speaker.group(1));
        }
        if (names.size() < 2) {
            throw new IllegalStateException("no speakers found in tools/demo-content/conversations");
        }
        return List.copyOf(names);
    }

    private double[] zipfCumulative(int size) {
        double[] weights = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++) {
            sum += Math.pow(rank + 1, -ZIPF_EXPONENT);
            weights[rank] = sum;
        }
        for (int rank = 0; rank < size; rank++) {
            weights[rank] /= sum;
        }
        return weights;
    }

    private int drawRank() {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
    }

    /** A word that is no stop word: for titles, which rarely consist of "the" and "of". */
    private int drawContentRank() {
        int rank;
        do {
            rank = drawRank();
        } while (!isTerm(rank));
        return rank;
    }

    // ---------------------------------------------------------------- tables

    private void writeShows() throws IOException {
        try (Csv shows = new Csv(options.out.resolve("podcast_show.csv"), "id", "version", "slug", "title",
                "description", "author", "language", "explicit", "show_type", "description_summary",
                "summary_derivation")) {
            for (int show = 0; show < options.shows; show++) {
                String title = title(3);
                String description = sentence(25 + random.nextInt(30));
                shows.row(SHOW_ID_BASE + show, 1, "search-benchmark-" + (show + 1), title, description,
                        speakers.get(show % speakers.size()), "en", false, "EPISODIC",
                        shortened(description, 200), options.notesDerivation);
            }
        }
    }

    private void writeEpisodesAndTranscripts() throws IOException {
        try (Csv episodes = new Csv(options.out.resolve("episode.csv"), "id", "version", "show_id", "guid", "slug",
                "title", "episode_number", "episode_type", "published_at", "duration_seconds", "description",
                "status", "notes_html", "notes_html_without_timestamps", "notes_teaser", "notes_summary",
                "notes_derivation");
             Csv transcripts = new Csv(options.out.resolve("transcript.csv"), "id", "version", "episode_id",
                     "format", "timed", "origin", "created_at");
             Csv transcriptCues = new Csv(options.out.resolve("transcript_cue.csv"), "transcript_id", "position",
                     "start_ms", "end_ms", "speaker", "text")) {
            for (int episode = 0; episode < options.episodes; episode++) {
                long episodeId = EPISODE_ID_BASE + episode;
                int show = episode % options.shows;
                Instant published = FIRST_PUBLISHED.plusSeconds(episode * 8L * 3600 + random.nextInt(3600));
                long durationMillis = writeTranscript(transcriptCues, TRANSCRIPT_ID_BASE + episode, episode, show);
                String notes = "<p>" + sentence(20 + random.nextInt(40)) + " " + sentence(10 + random.nextInt(40))
                        + "</p>";
                String plainNotes = notes.substring(3, notes.length() - 4);
                // Every 50th a draft, as in the catalogue benchmark: search must leave out what listeners may not see.
                String status = episode % 50 == 49 ? "DRAFT" : "PUBLISHED";
                episodes.row(episodeId, 1, SHOW_ID_BASE + show, "urn:earmark:search-benchmark:" + episode,
                        "episode-" + (episode + 1), title(4 + random.nextInt(5)), episode / options.shows + 1,
                        "FULL", TIMESTAMP.format(published), durationMillis / 1000, notes, status, notes, notes,
                        shortened(plainNotes, 420), shortened(plainNotes, 200), options.notesDerivation);
                transcripts.row(TRANSCRIPT_ID_BASE + episode, 1, episodeId, "WEBVTT", true, "UPLOADED",
                        TIMESTAMP.format(published));
            }
        }
    }

    /** Writes the episode's cues and returns where the speech ends, in milliseconds. */
    private long writeTranscript(Csv cueRows, long transcriptId, int episode, int show) throws IOException {
        String host = speakers.get(show % speakers.size());
        String guest = speakers.get((show + 1 + random.nextInt(speakers.size() - 1)) % speakers.size());
        boolean hostSpeaks = true;
        long start = 1_000 + random.nextInt(4_000);
        int position = 0;
        int written = 0;
        while (written < options.wordsPerTranscript) {
            int length = Math.min(sentenceLength(), options.wordsPerTranscript - written);
            int[] ranks = new int[length];
            for (int i = 0; i < length; i++) {
                ranks[i] = drawRank();
                countOccurrence(ranks[i], episode);
            }
            rememberPhrase(ranks);
            long duration = Math.round(length / WORDS_PER_SECOND * 1000 * (0.8 + 0.4 * random.nextDouble()));
            cueRows.row(transcriptId, position++, start, start + duration, hostSpeaks ? host : guest,
                    sentence(ranks));
            start += duration + 150 + random.nextInt(500);
            written += length;
            // Turns of one to a few sentences, as in a conversation.
            if (random.nextDouble() < 0.4) {
                hostSpeaks = !hostSpeaks;
            }
        }
        tokens += written;
        cues += position;
        return start;
    }

    /** Between 3 and 40 words, most around 12: log-normal, as sentence lengths of speech roughly are. */
    private int sentenceLength() {
        double gaussian = random.nextGaussian();
        return (int) Math.max(3, Math.min(40, Math.round(Math.exp(2.5 + 0.5 * gaussian))));
    }

    private void countOccurrence(int rank, int episode) {
        if (lastEpisodeSeen[rank] != episode) {
            lastEpisodeSeen[rank] = episode;
            documentFrequency[rank]++;
        }
    }

    /** Keeps a bounded, evenly spread sample of two- and three-word sequences said in the transcripts. */
    private void rememberPhrase(int[] ranks) {
        if (ranks.length < 3 || random.nextInt(200) != 0) {
            return;
        }
        int length = 2 + random.nextInt(2);
        int from = random.nextInt(ranks.length - length + 1);
        List<Integer> phrase = new ArrayList<>();
        for (int i = from; i < from + length; i++) {
            phrase.add(ranks[i]);
        }
        phraseCandidates.add(phrase);
    }

    private String sentence(int length) {
        int[] ranks = new int[length];
        for (int i = 0; i < length; i++) {
            ranks[i] = drawRank();
        }
        return sentence(ranks);
    }

    private String sentence(int[] ranks) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < ranks.length; i++) {
            String word = vocabulary.get(ranks[i]);
            if (i == 0) {
                sentence.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                sentence.append(random.nextInt(12) == 0 ? ", " : " ").append(word);
            }
        }
        return sentence.append(random.nextInt(8) == 0 ? '?' : '.').toString();
    }

    private String title(int length) {
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = vocabulary.get(drawContentRank());
            title.append(i == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return title.toString();
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    // ---------------------------------------------------------------- queries

    /**
     * Tab-separated lines "kind query", a quarter of each kind: rare terms (in at most 0.2 % of the transcripts; half of
     * them alone, half beside a common term), common terms (in at least a third of the transcripts; alone or two),
     * phrases said in the transcripts (quoted, two or three words), and prefix queries as a search box sends while
     * typing (a complete word and the first three or four letters of the last one).
     */
    private void writeQueries(String fileName, long seed) throws IOException {
        SplittableRandom draw = new SplittableRandom(seed);
        List<String> rare = terms(1, Math.max(1, options.episodes / 500));
        List<String> common = terms(options.episodes / 3, Integer.MAX_VALUE);
        List<String> middle = terms(options.episodes / 100, options.episodes / 10);
        if (rare.isEmpty() || common.isEmpty() || middle.isEmpty() || phraseCandidates.isEmpty()) {
            throw new IllegalStateException("too small a corpus for every kind of query");
        }
        try (BufferedWriter queries = Files.newBufferedWriter(options.out.resolve(fileName), StandardCharsets.UTF_8)) {
            for (int i = 0; i < options.queries; i++) {
                boolean alone = draw.nextBoolean();
                String query = switch (QUERY_KINDS.get(i % QUERY_KINDS.size())) {
                    case "rare" -> pick(rare, draw) + (alone ? "" : " " + pick(common, draw));
                    case "common" -> pick(common, draw) + (alone ? "" : " " + pick(common, draw));
                    case "phrase" -> phrase(draw);
                    default -> {
                        String last = pick(alone ? middle : common, draw);
                        yield pick(middle, draw) + " " + last.substring(0, Math.min(last.length(), 3 + draw.nextInt(2)));
                    }
                };
                queries.write(QUERY_KINDS.get(i % QUERY_KINDS.size()) + "\t" + query + "\n");
            }
        }
    }

    /** Words of at least four letters, no stop words, whose transcript document frequency is within the bounds. */
    private List<String> terms(int minimumEpisodes, int maximumEpisodes) {
        List<String> terms = new ArrayList<>();
        for (int rank = 0; rank < vocabulary.size(); rank++) {
            String word = vocabulary.get(rank);
            if (documentFrequency[rank] >= minimumEpisodes && documentFrequency[rank] <= maximumEpisodes
                    && word.length() >= 4 && isTerm(rank)) {
                terms.add(word);
            }
        }
        return terms;
    }

    /** A phrase that begins and ends with a word search does not drop, as people quote "key transparency". */
    private String phrase(SplittableRandom draw) {
        List<Integer> phrase;
        do {
            phrase = phraseCandidates.get(draw.nextInt(phraseCandidates.size()));
        } while (!isTerm(phrase.get(0)) || !isTerm(phrase.get(phrase.size() - 1)));
        StringBuilder text = new StringBuilder("\"");
        for (int rank : phrase) {
            text.append(text.length() > 1 ? " " : "").append(vocabulary.get(rank));
        }
        return text.append('"').toString();
    }

    private boolean isTerm(int rank) {
        return vocabulary.get(rank).length() >= 3 && !stopWords.contains(vocabulary.get(rank));
    }

    private static String pick(List<String> words, SplittableRandom draw) {
        return words.get(draw.nextInt(words.size()));
    }

    // ---------------------------------------------------------------- plumbing

    /** RFC 4180 CSV, every text quoted: PostgreSQL's COPY and H2's CSVREAD read it alike. */
    private static final class Csv implements AutoCloseable {
        private final BufferedWriter writer;

        Csv(Path file, String... columns) throws IOException {
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            writer.write(String.join(",", columns));
            writer.write('\n');
        }

        void row(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    writer.write(',');
                }
                Object value = values[i];
                if (value instanceof String text) {
                    writer.write('"');
                    writer.write(text.replace("\"", "\"\""));
                    writer.write('"');
                } else {
                    writer.write(String.valueOf(value));
                }
            }
            writer.write('\n');
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    private record Options(Path out, int episodes, int wordsPerTranscript, int shows, int queries, long seed,
                           int notesDerivation) {
        static Options parse(String[] arguments) {
            if (arguments.length == 0 || arguments[0].startsWith("--")) {
                throw new IllegalArgumentException("usage: java SearchCorpus.java OUT_DIR [--episodes N] "
                        + "[--words-per-transcript N] [--shows N] [--queries N] [--seed N] [--notes-derivation N]");
            }
            Map<String, String> named = new HashMap<>();
            for (int i = 1; i < arguments.length; i += 2) {
                if (i + 1 >= arguments.length) {
                    throw new IllegalArgumentException("no value for " + arguments[i]);
                }
                named.put(arguments[i], arguments[i + 1]);
            }
            Options options = new Options(Path.of(arguments[0]),
                    Integer.parseInt(named.getOrDefault("--episodes", "10000")),
                    Integer.parseInt(named.getOrDefault("--words-per-transcript", "1500")),
                    Integer.parseInt(named.getOrDefault("--shows", "20")),
                    Integer.parseInt(named.getOrDefault("--queries", "200")),
                    Long.parseLong(named.getOrDefault("--seed", "20261202")),
                    Integer.parseInt(named.getOrDefault("--notes-derivation", "1")));
            named.keySet().removeAll(List.of("--episodes", "--words-per-transcript", "--shows", "--queries",
                    "--seed", "--notes-derivation"));
            if (!named.isEmpty()) {
                throw new IllegalArgumentException("unknown options " + named.keySet());
            }
            return options;
        }
    }
}
