package dev.earmark.insights.control;

import dev.earmark.insights.entity.ClientClass;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A client class's plays (the player) and downloads (podcast apps, direct links). */
public record ClientFigures(ClientClass clientClass, long plays, long downloads) {

    /** Every class, in the enum's order, with zero where none came. */
    public static List<ClientFigures> of(Map<ClientClass, Long> plays, Map<ClientClass, Long> downloads) {
        return Arrays.stream(ClientClass.values()).map(clientClass -> new ClientFigures(clientClass,
                plays.getOrDefault(clientClass, 0L), downloads.getOrDefault(clientClass, 0L))).toList();
    }
}
