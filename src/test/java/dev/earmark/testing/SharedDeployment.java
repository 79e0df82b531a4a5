package dev.earmark.testing;

import dev.earmark.testing.server.ServerTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.impl.client.deployment.AnnotationDeploymentScenarioGenerator;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.container.test.spi.client.deployment.DeploymentScenarioGenerator;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.ServiceLoader;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.container.ClassContainer;

/**
 * One deployment for all test classes of a server run. Deploying the WAR takes seconds on each server, and nearly
 * every test class deploys the same one, so the first class whose deployment is ServerTest's deploys it, and every
 * later class with the same deployment (same name, target, protocol and entries) uses it as it is: the same
 * {@link Deployment} objects, so the same URLs and protocol data. Arquillian adds only the test class at hand to a
 * testable archive, so the shared one holds every in-container test class. A class with another deployment gets
 * its own, after the shared one is undeployed (they may have the same name); the shared one comes back for the next
 * class that uses it and goes before its server stops.
 * <p>
 * Consequence for tests: the application is not started afresh per class. What a test changes in the server's
 * memory (the clock, settings, caches, counters) it puts back itself, as {@code ServerTest} does with the clock.
 */
public class SharedDeployment {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    /** The deployment that is shared: ServerTest's, whose class is in the WAR anyway. */
    private static final Class<?> TEMPLATE = ServerTest.class;

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> scenario;

    @Inject
    private Instance<ServiceLoader> serviceLoader;

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    private Event<GenerateDeployment> generateDeployment;

    @Inject
    private Event<UnDeployManagedDeployments> undeployManagedDeployments;

    private List<String> sharedFingerprint;
    private DeploymentScenario shared;
    private boolean classShares;
    private boolean generatingShared;
    private boolean undeployingShared;

    public void generate(@Observes EventContext<GenerateDeployment> context) {
        if (generatingShared) {
            context.proceed();
            return;
        }
        classShares = fingerprint(context.getEvent().getTestClass()).equals(sharedFingerprint());
        if (!classShares) {
            undeployShared();
            context.proceed();
            return;
        }
        if (shared == null) {
            generatingShared = true;
            try {
                generateDeployment.fire(new GenerateDeployment(new TestClass(TEMPLATE)));
            } finally {
                generatingShared = false;
            }
            shared = scenario.get();
            addInContainerTestClasses(shared);
        }
        scenario.set(shared);
    }

    public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
        if (!classShares) {
            context.proceed();
            return;
        }
        for (Deployment deployment : shared.deployments()) {
            if (deployment.hasDeploymentError()) {
                throw new IllegalStateException("The shared test deployment " + deployment.getDescription().getName()
                        + " failed for an earlier test class", deployment.getDeploymentError());
            }
        }
        if (shared.deployedDeployments().isEmpty()) {
            context.proceed();
        }
    }

    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
        if (undeployingShared || !classShares) {
            context.proceed();
        }
    }

    public void undeployBeforeServerStops(@Observes BeforeStop event) {
        undeployShared();
    }

    private void undeployShared() {
        if (shared == null || shared.deployedDeployments().isEmpty()) {
            return;
        }
        ClassContext context = classContext.get();
        context.activate(TEMPLATE);
        undeployingShared = true;
        try {
            scenario.set(shared);
            undeployManagedDeployments.fire(new UnDeployManagedDeployments());
        } finally {
            undeployingShared = false;
            context.deactivate();
            context.destroy(TEMPLATE);
        }
    }

    private List<String> sharedFingerprint() {
        if (sharedFingerprint == null) {
            sharedFingerprint = fingerprint(new TestClass(TEMPLATE));
        }
        return sharedFingerprint;
    }

    /** What makes two classes' deployments the same: names, target, protocol, and the archives' entries. */
    private List<String> fingerprint(TestClass testClass) {
        DeploymentScenarioGenerator generator = serviceLoader.get()
                .onlyOne(DeploymentScenarioGenerator.class, AnnotationDeploymentScenarioGenerator.class);
        return generator.generate(testClass).stream().map(SharedDeployment::fingerprint).toList();
    }

    private static String fingerprint(DeploymentDescription description) {
        String where = description.getName() + " " + description.getTarget().getName() + " "
                + description.getProtocol().getName() + " managed=" + description.managed();
        if (!description.isArchiveDeployment()) {
            return where + " descriptor " + description.getDescriptor().getDescriptorName();
        }
        Archive<?> archive = description.getArchive();
        TreeSet<String> entries = new TreeSet<>();
        archive.getContent().keySet().forEach(path -> entries.add(path.get()));
        return where + " archive " + archive.getName() + " " + entries;
    }

    private static void addInContainerTestClasses(DeploymentScenario scenario) {
        Class<?>[] testClasses = inContainerTestClasses();
        for (Deployment deployment : scenario.deployments()) {
            if (deployment.getDescription().getTestableArchive() instanceof ClassContainer<?> archive) {
                archive.addClasses(testClasses);
                LOG.info(() -> "One deployment of " + deployment.getDescription().getArchive().getName()
                        + " for all test classes that use it; it holds the " + testClasses.length
                        + " in-container test classes");
            }
        }
    }

    /** The *IT classes beside this one that run in the server: an Arquillian deployment and not only as client. */
    private static Class<?>[] inContainerTestClasses() {
        Path root = testClassesDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(file -> root.relativize(file).toString())
                    .filter(name -> name.endsWith("IT.class") && !name.contains("$"))
                    .map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                    .filter(SharedDeployment::runsInTheServer)
                    .toArray(Class<?>[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClassesDirectory() {
        try {
            return Path.of(SharedDeployment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SharedDeployment.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean runsInTheServer(Class<?> testClass) {
        return !testClass.isAnnotationPresent(RunAsClient.class) && hasDeployment(testClass);
    }

    private static boolean hasDeployment(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
            for (var method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(org.jboss.arquillian.container.test.api.Deployment.class)) {
                    return true;
                }
            }
        }
        return false;
    }
}
