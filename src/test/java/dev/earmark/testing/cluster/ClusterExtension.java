package dev.earmark.testing.cluster;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the cluster once per test run, kept in the root context's store, which stops it when the run ends; after each
 * test, starts again the nodes the test killed and left dead, so that every test begins with two. Set by
 * the {@code it-cluster} execution: {@code earmark.cluster.script}, {@code earmark.cluster.dir},
 * {@code earmark.cluster.offset}; {@code earmark.cluster.fresh=false} keeps the database of an earlier run and a
 * cluster that still runs, {@code earmark.cluster.keep=true} leaves it running at the end (both to work on a test).
 */
final class ClusterExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    private static final String SCRIPT = "earmark.cluster.script";

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeTrue(System.getProperty(SCRIPT) != null,
                "cluster tests run in Failsafe's it-cluster execution, which names the cluster's script");
        cluster(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        cluster(context).restartKilled();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Cluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return cluster(context);
    }

    private static Cluster cluster(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(ClusterExtension.class))
                .getOrComputeIfAbsent(RunningCluster.class, key -> RunningCluster.start(), RunningCluster.class)
                .cluster();
    }

    private record RunningCluster(Cluster cluster, boolean keep) implements ExtensionContext.Store.CloseableResource {

        static RunningCluster start() {
            Cluster cluster = new Cluster(Path.of(System.getProperty(SCRIPT)),
                    Path.of(System.getProperty("earmark.cluster.dir")),
                    Integer.getInteger("earmark.cluster.offset", 1000));
            cluster.start(!"false".equals(System.getProperty("earmark.cluster.fresh")));
            return new RunningCluster(cluster, Boolean.getBoolean("earmark.cluster.keep"));
        }

        @Override
        public void close() {
            if (!keep) {
                cluster.stop();
            }
        }
    }
}
