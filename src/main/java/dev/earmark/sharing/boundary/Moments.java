package dev.earmark.sharing.boundary;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.highlights.boundary.Highlights;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.control.ShareCodes;
import dev.earmark.sharing.control.MomentAccess;
import dev.earmark.snips.boundary.Snips;
import dev.earmark.snips.entity.Snip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The moments that share codes name ({@code /m/{code}}): a snip's, else a highlight's (a snip is never given a
 * highlight's code, {@link HighlightShareCodes}, so a code names one thing). What a viewer may not see is not found,
 * exactly like a code that names nothing, so a page never tells that a moment exists.
 */
@ApplicationScoped
@Transactional
public class Moments {

    @Inject
    Snips snips;

    @Inject
    Highlights highlights;

    @Inject
    Catalogue catalogue;

    @Inject
    Settings settings;

    /** @param viewer who is signed in, null for nobody */
    public Optional<Moment> find(String code, String viewer) {
        if (!ShareCodes.isValid(code)) {
            return Optional.empty();
        }
        Optional<Snip> snip = snips.findByShareCode(code);
        if (snip.isPresent()) {
            return snip.filter(shared -> MomentAccess.maySee(shared.getSharing(), shared.getListener(), viewer,
                            settings.anonymousBrowsing()))
                    .flatMap(shared -> catalogue.findEpisode(shared.getEpisode().getId())
                            .map(visible -> Moment.of(shared, visible)));
        }
        return highlights.findShared(code).map(Moment::of);
    }
}
