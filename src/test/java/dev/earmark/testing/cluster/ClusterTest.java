package dev.earmark.testing.cluster;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of the cluster ({@code *ClusterIT}, Failsafe's {@code it-cluster} execution): the first such class starts
 * the cluster with {@code server-config/cluster/cluster.sh}, the end of the run stops it; a constructor or method
 * parameter of type {@link Cluster} gets it. Outside that execution (no {@code earmark.cluster.script}) the tests are
 * skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ClusterExtension.class)
public @interface ClusterTest {
}
