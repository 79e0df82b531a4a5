package dev.earmark.insights.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How far the aggregation of the raw events got (V26's one row): when the last complete run started. Which server
 * runs it is the job lease's matter ({@code platform.boundary.JobLeases}, V27).
 */
@Entity
@Table(name = "insights_aggregation")
@NamedQuery(name = AggregationProgress.COMPLETE, query = "UPDATE AggregationProgress a "
        + "SET a.aggregatedThrough = :through WHERE a.id = :id")
public class AggregationProgress extends PersistentEntity {

    /** The id of the one row, which migration V26 inserts. */
    public static final long THE_ROW = 1;
    /** Notes when the last complete run started. */
    public static final String COMPLETE = "AggregationProgress.complete";

    @Column(name = "aggregated_through")
    private Instant aggregatedThrough;

    protected AggregationProgress() {
    }

    /** When the last complete run started; null before the first. */
    public Instant getAggregatedThrough() {
        return aggregatedThrough;
    }
}
