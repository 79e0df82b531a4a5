package dev.earmark.highlights.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that says how the stored moments were made: with how many listeners at least, by which version of the
 * clustering. No version column: it is only changed under a pessimistic lock, by a deployment that made every
 * episode's moments again.
 */
@Entity
@Table(name = "highlight_clustering")
public class ClusteringState {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "min_listeners", nullable = false)
    private int minListeners;

    @Column(nullable = false)
    private int method;

    protected ClusteringState() {
    }

    public boolean madeWith(int minListeners, int method) {
        return this.minListeners == minListeners && this.method == method;
    }

    public void made(int minListeners, int method) {
        this.minListeners = minListeners;
        this.method = method;
    }
}
