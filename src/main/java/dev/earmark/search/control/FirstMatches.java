package dev.earmark.search.control;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

/**
 * The best-scoring matches among the first {@code limit} in the index's order, and how many of those there were:
 * searching stops there, so a phrase of two words said everywhere costs as little as a rare word (it cost hundreds of
 * milliseconds over a million cues). The same bound as PostgreSQL's, which ranks the first matches its index finds.
 */
final class FirstMatches implements Collector {

    private static final Comparator<ScoreDoc> WORST_FIRST = Comparator.<ScoreDoc>comparingDouble(hit -> hit.score)
            .thenComparing(hit -> -hit.doc);

    private final int limit;
    private final int kept;
    private final PriorityQueue<ScoreDoc> best = new PriorityQueue<>(WORST_FIRST);
    private int seen;

    /**
     * @param limit how many matches to look at
     * @param kept  how many of the best to keep
     */
    FirstMatches(int limit, int kept) {
        this.limit = limit;
        this.kept = kept;
    }

    /** How many matches were looked at: all of them, or the limit. */
    int count() {
        return seen;
    }

    /** The best kept, best first (a tie by index order). */
    List<ScoreDoc> best() {
        return best.stream().sorted(WORST_FIRST.reversed()).toList();
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext leaf) {
        if (seen >= limit) {
            throw new CollectionTerminatedException();
        }
        return new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                if (seen >= limit) {
                    throw new CollectionTerminatedException();
                }
                seen++;
                if (kept > 0) {
                    best.add(new ScoreDoc(leaf.docBase + doc, scorer.score()));
                    if (best.size() > kept) {
                        best.poll();
                    }
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }
}
