package dev.earmark.testing;

import dev.earmark.testing.server.CatalogueFixtures;
import dev.earmark.testing.server.SampleAudio;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of every Arquillian test: the WAR that Maven built, exactly as it ships,
 * plus the test-support classes an in-container test needs.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The shipped WAR, for tests that drive it from outside (REST clients, browsers). */
    public static WebArchive earmark() {
        String war = System.getProperty("earmark.war");
        if (war == null) {
            throw new IllegalStateException("Run through Maven Failsafe: -Dearmark.war names the WAR under test");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }

    /** The shipped WAR with the test-support classes and sample files, for tests that run inside the server. */
    public static WebArchive earmarkWithTestSupport() {
        return earmark().addPackage(CatalogueFixtures.class.getPackage()).addClass(SignedInClient.class)
                .addAsResources(CatalogueFixtures.class.getPackage(), SampleAudio.FILES);
    }
}
