package dev.earmark.snips.web;

import dev.earmark.platform.control.ConcurrentChangeException;
import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.web.Responses;
import dev.earmark.snips.boundary.Snips;
import dev.earmark.snips.entity.Sharing;
import dev.earmark.snips.entity.Snip;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * One of the listener's snips ({@code /snips/{id}}): its range played alone, its title, note and tags to edit, its
 * start and end to nudge, and its deletion, which the page offers to undo. View scoped, so the form keeps the version
 * it was loaded at: a save after a change elsewhere (another tab, the API) is refused with what is stored now, and
 * the listener's typing stays. Anyone else's snip is not found, as one that never was. The snip itself is read for
 * each request that shows it.
 */
@Named
@ViewScoped
public class SnipBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** One press of a nudge button moves the start or the end by this much. */
    static final long NUDGE_MILLIS = Duration.ofSeconds(5).toMillis();
    private static final String FORM = "snip-form";
    /** The request attribute that holds the snip as this request read it. */
    private static final String SHOWN = SnipBacking.class.getName() + ".shown";
    /** The input each of the boundary's refusals of an edit is about, so that its message stands next to it. */
    private static final Map<String, String> FIELDS_OF_REFUSALS = Map.of("snips.error.titleTooLong", "title",
            "snips.error.noteTooLong", "note", "snips.error.tooManyTags", "tags", "snips.error.tagTooLong", "tags");

    @Inject
    Snips snips;

    private Long id;
    private SnipForm form = new SnipForm();
    private boolean deleted;

    /** View action on the first request; a postback keeps the form as the listener left it. */
    public void load() {
        if (id == null) {
            Responses.notFound();
            return;
        }
        snips.findOwn(listener(), id).ifPresentOrElse(this::shown, Responses::notFound);
    }

    public void save() {
        try {
            shown(snips.edit(listener(), id, form.getVersion(), form.toEdit()));
            info("snips.snip.saved");
        } catch (ConcurrentChangeException changed) {
            Snip current = getSnip();
            if (current != null) {
                form.saveOver(current.getVersion());
            }
            error(null, "snips.snip.changedMeanwhile");
        } catch (LocalizedException refused) {
            error(FIELDS_OF_REFUSALS.get(refused.messageKey()), refused.messageKey(), refused.arguments());
        }
    }

    /** Who may open the snip's moment page and whether it shows the note; title, note and tags stay as stored. */
    public void share() {
        try {
            shown(snips.share(listener(), id, form.getVersion(), form.getSharing(), form.isIncludeNote()));
            info("sharing.snip.saved");
        } catch (ConcurrentChangeException changed) {
            showStored("sharing.snip.changedMeanwhile");
        } catch (LocalizedException refused) {
            error(null, refused.messageKey(), refused.arguments());
        }
    }

    /** The choices of who may open the moment's page, in the order of the fewest to the most. */
    public Sharing[] getSharingChoices() {
        return Sharing.values();
    }

    public void startEarlier() {
        nudge(-NUDGE_MILLIS, 0);
    }

    public void startLater() {
        nudge(NUDGE_MILLIS, 0);
    }

    public void endEarlier() {
        nudge(0, -NUDGE_MILLIS);
    }

    public void endLater() {
        nudge(0, NUDGE_MILLIS);
    }

    /** The excerpt and takeaways follow the new range (the server recomputes them); what was typed is replaced. */
    private void nudge(long startDelta, long endDelta) {
        try {
            shown(snips.nudge(listener(), id, form.getVersion(), startDelta, endDelta));
            info("snips.snip.nudged");
        } catch (ConcurrentChangeException changed) {
            showStored("snips.snip.changedMeanwhile.nudge");
        } catch (LocalizedException refused) {
            error(null, refused.messageKey(), refused.arguments());
        }
    }

    /** After a change elsewhere: the form starts again from what is stored now, and the message says why. */
    private void showStored(String messageKey) {
        Snip current = getSnip();
        if (current != null) {
            form = SnipForm.of(current);
        }
        error(null, messageKey);
    }

    public void delete() {
        try {
            Snip gone = snips.delete(listener(), id);
            deleted = true;
            info("snips.snip.deleted", gone.getTitle());
        } catch (LocalizedException refused) {
            error(null, refused.messageKey(), refused.arguments());
        }
    }

    public void undo() {
        try {
            shown(snips.restore(listener(), id));
            deleted = false;
            info("snips.snip.restored");
        } catch (LocalizedException refused) {
            error(null, refused.messageKey(), refused.arguments());
        }
    }

    /** What this request shows and the form starts from. */
    private void shown(Snip current) {
        requestMap().put(SHOWN, current);
        form = SnipForm.of(current);
    }

    private static String listener() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    private void info(String key, Object... arguments) {
        String text = Messages.format(locale(), key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private void error(String field, String key, Object... arguments) {
        add(clientId(field), Messages.format(locale(), key, arguments));
    }

    private static void add(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static String clientId(String field) {
        if (field == null) {
            return null;
        }
        String clientId = FORM + ":" + field;
        return FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) == null ? null : clientId;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /**
     * The snip as stored now, read once per request (never kept in the view: another tab, the API or the model may
     * have changed it since); null once it is gone (deleted here or elsewhere).
     */
    public Snip getSnip() {
        if (deleted || id == null) {
            return null;
        }
        return (Snip) requestMap().computeIfAbsent(SHOWN, key -> snips.findOwn(listener(), id).orElse(null));
    }

    private static Map<String, Object> requestMap() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SnipForm getForm() {
        return form;
    }
}
