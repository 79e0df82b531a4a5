package dev.earmark.testing;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Deploys the test WAR once per server run instead of once per test class: every test class whose deployment is
 * ServerTest's ({@link Deployments#earmarkWithTestSupport()}) shares one deployment, which holds all in-container
 * test classes (see {@link SharedDeployment}). {@code -Dearmark.deploy-per-class} deploys per class again.
 */
public class OneDeploymentPerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        if (!Boolean.getBoolean("earmark.deploy-per-class")) {
            builder.observer(SharedDeployment.class);
        }
    }
}
