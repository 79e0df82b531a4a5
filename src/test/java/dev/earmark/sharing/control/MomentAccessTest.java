package dev.earmark.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.snips.entity.Sharing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may open a snip's moment page: the whole matrix of viewers, choices and the catalogue's openness. */
class MomentAccessTest {

    private static final String LISTENER = "ada";

    @Test
    void theListenerAlwaysSeesTheirOwnMoment() {
        for (Sharing sharing : Sharing.values()) {
            assertEquals(true, MomentAccess.maySee(sharing, LISTENER, LISTENER, true), sharing.name());
            assertEquals(true, MomentAccess.maySee(sharing, LISTENER, LISTENER, false), sharing.name());
        }
    }

    @Test
    void aSignedInColleagueSeesWhatIsSharedWithTheSignedInOrWithAnyone() {
        for (boolean open : List.of(true, false)) {
            assertEquals(false, MomentAccess.maySee(Sharing.NOBODY, LISTENER, "grace", open));
            assertEquals(true, MomentAccess.maySee(Sharing.SIGNED_IN, LISTENER, "grace", open));
            assertEquals(true, MomentAccess.maySee(Sharing.ANYONE, LISTENER, "grace", open));
        }
    }

    @Test
    void aVisitorWhoHasNotSignedInSeesOnlyWhatIsSharedWithAnyoneAndOnlyInAnOpenCatalogue() {
        assertEquals(false, MomentAccess.maySee(Sharing.NOBODY, LISTENER, null, true));
        assertEquals(false, MomentAccess.maySee(Sharing.SIGNED_IN, LISTENER, null, true));
        assertEquals(true, MomentAccess.maySee(Sharing.ANYONE, LISTENER, null, true));
        for (Sharing sharing : Sharing.values()) {
            assertEquals(false, MomentAccess.maySee(sharing, LISTENER, null, false), sharing + " in a closed catalogue");
        }
    }
}
