package dev.earmark.sharing.web;

import dev.earmark.snips.control.ShareTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The share menu's links (the tag {@code <e:shareMenu>}, WEB-INF/tags/share-menu.xhtml). */
@Named
@ApplicationScoped
public class ShareMenu {

    public List<ShareTarget> targets(String url, String title) {
        return ShareTarget.of(url, title);
    }
}
