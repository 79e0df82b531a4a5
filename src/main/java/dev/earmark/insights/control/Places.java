package dev.earmark.insights.control;

import dev.earmark.insights.entity.ListeningContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where people listened, in a fixed order that reads the same on every dashboard: Earmark's pages, the portals (most
 * plays first), embeds of no known origin, shared moments, then the podcast apps (most downloads first) and other
 * downloads. Places with nothing in the period are left out.
 */
public final class Places {

    /** Plays summed per context and origin. */
    public record Played(ListeningContext context, String origin, long plays) {
    }

    /** Downloads summed per app ("" for none known). */
    public record Downloaded(String app, long downloads) {
    }

    private static final Comparator<Place> MOST_FIRST = Comparator.comparingLong(Place::count).reversed()
            .thenComparing(Place::name);

    private Places() {
    }

    public static List<Place> of(List<Played> played, List<Downloaded> downloaded) {
        List<Place> places = new ArrayList<>();
        places.add(new Place(PlaceKind.EARMARK, "", plays(played, ListeningContext.EARMARK)));
        played.stream().filter(row -> row.context() == ListeningContext.EMBED && !row.origin().isEmpty())
                .map(row -> new Place(PlaceKind.PORTAL, row.origin(), row.plays())).sorted(MOST_FIRST)
                .forEach(places::add);
        places.add(new Place(PlaceKind.UNKNOWN_EMBED, "", played.stream()
                .filter(row -> row.context() == ListeningContext.EMBED && row.origin().isEmpty())
                .mapToLong(Played::plays).sum()));
        places.add(new Place(PlaceKind.MOMENT, "", plays(played, ListeningContext.MOMENT)));
        downloaded.stream().filter(row -> !row.app().isEmpty())
                .map(row -> new Place(PlaceKind.APP, row.app(), row.downloads())).sorted(MOST_FIRST)
                .forEach(places::add);
        places.add(new Place(PlaceKind.OTHER_DOWNLOADS, "", downloaded.stream().filter(row -> row.app().isEmpty())
                .mapToLong(Downloaded::downloads).sum()));
        return places.stream().filter(place -> place.count() > 0).toList();
    }

    private static long plays(List<Played> played, ListeningContext context) {
        return played.stream().filter(row -> row.context() == context).mapToLong(Played::plays).sum();
    }
}
