package dev.earmark.testing;

import dev.earmark.testing.server.CatalogueFixtures;
import dev.earmark.testing.server.SampleAudio;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of every Arquillian test: the WAR that Maven built, exactly as it ships, plus the
 * test-support package (fixtures, the movable clock, the /test-support endpoints) and its sample files.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive earmarkWithTestSupport() {
        String war = System.getProperty("earmark.war");
        if (war == null) {
            throw new IllegalStateException("Run through Maven Failsafe: -Dearmark.war names the WAR under test");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war))
                .addPackage(CatalogueFixtures.class.getPackage())
                .addAsResources(CatalogueFixtures.class.getPackage(), SampleAudio.FILES);
    }
}
