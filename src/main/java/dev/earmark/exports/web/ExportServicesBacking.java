package dev.earmark.exports.web;

import dev.earmark.exports.boundary.CheckedToken;
import dev.earmark.exports.boundary.ServiceConnections;
import dev.earmark.exports.boundary.SnipExports;
import dev.earmark.exports.boundary.TokenChecks;
import dev.earmark.exports.control.ExportFailure;
import dev.earmark.exports.control.ExportSelection;
import dev.earmark.exports.entity.ExportService;
import dev.earmark.exports.entity.ServiceConnection;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Routes;
import dev.earmark.platform.web.Links;
import dev.earmark.snips.boundary.SnipFilter;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The services part of the export page ({@code /snips/export?show=…&episode=…&tag=…&q=…}): connecting Readwise and
 * Notion (a token is checked with its service before it is stored; token fields are never filled in again), sending
 * the snips My snips' filters pick, automatic sync, and the last sync's result. View scoped, so the filters the page
 * was opened with stay through its forms' posts. Tokens live here only for the request that posts them.
 */
@Named
@ViewScoped
public class ExportServicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The services part's messages that are about no field: the export page's other part has its own. */
    private static final String SECTION = "export-services";
    /** Refusals about Notion's parent page rather than the token, shown next to the page's field. */
    private static final Set<String> PAGE_REFUSALS = Set.of("exports.error.pageUnreadable", "exports.failure.parentNotShared");
    private static final String READWISE_FORM = "readwise-connect";
    private static final String NOTION_FORM = "notion-connect";

    @Inject
    ServiceConnections connections;

    @Inject
    TokenChecks checks;

    @Inject
    SnipExports exports;

    @Inject
    Links links;

    /** Null when the query names no selection (the download part says why): nothing can be sent. */
    private ExportSelection selection;
    private transient String readwiseToken;
    private transient String notionToken;
    private String notionPage;
    private boolean readwiseAuto;
    private boolean notionAuto;
    /** Read when the view first shows them and again after each action here that changes them ({@link #refreshed}). */
    private transient Map<ExportService, ServiceConnection> connected;
    private transient Long selected;

    /** My snips' filters, as the page was opened with them. */
    @PostConstruct
    void readFilters() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            selection = ExportSelection.of(query.get("show"), query.get("episode"), query.get("tag"), query.get("q"));
        } catch (InvalidParameterException noSelection) {
            selection = null;
        }
    }

    public boolean isAvailable() {
        return connections.available();
    }

    /** How many snips a sync takes: the ones My snips' filters pick. */
    public long getSelectedCount() {
        if (selected == null) {
            selected = selection == null ? 0 : exports.count(listener(), selection.filter());
        }
        return selected;
    }

    public ServiceConnection getReadwise() {
        return connected().get(ExportService.READWISE);
    }

    public ServiceConnection getNotion() {
        return connected().get(ExportService.NOTION);
    }

    public void connectReadwise() {
        connect(READWISE_FORM, "readwiseToken", () -> checks.readwise(readwiseToken));
    }

    public void connectNotion() {
        connect(NOTION_FORM, "notionToken", () -> checks.notion(notionToken, notionPage));
    }

    public void disconnect(ExportService service) {
        connections.disconnect(listener(), service);
        refreshed();
        info("exports.services.disconnected", name(service));
    }

    public void send(ExportService service) {
        if (selection == null) {
            return;
        }
        try {
            connections.queue(listener(), service, filter());
            info("exports.services.queued", getSelectedCount(), name(service));
        } catch (LocalizedException refused) {
            message(SECTION, FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments());
        }
        refreshed();
    }

    public void saveAutomatic(ExportService service) {
        boolean on = service == ExportService.READWISE ? readwiseAuto : notionAuto;
        connections.setAutoSync(listener(), service, on);
        refreshed();
        info(on ? "exports.services.automaticOn" : "exports.services.automaticOff", name(service));
    }

    /** "Send 12 snips to Readwise". */
    public String sendLabel(ExportService service) {
        return Messages.format(locale(), "exports.services.send", getSelectedCount(), name(service));
    }

    /**
     * A button's accessible name with its service ("Disconnect (Notion)"): both services' buttons are on the page, and
     * their visible words alone do not tell them apart.
     */
    public String named(String key, ExportService service) {
        return Messages.format(locale(), "exports.services.named", Messages.format(locale(), key), name(service));
    }

    /** Whether the field has a message, so that its input points to it and is marked invalid. */
    public boolean invalid(String clientId) {
        return !FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty();
    }

    /** The failure of the last sync in words, or null when it had none. */
    public String failure(ServiceConnection connection) {
        if (connection == null || connection.getFailureKey() == null) {
            return null;
        }
        String service = name(connection.getService());
        String reason = Messages.format(locale(), connection.getFailureKey(), service, connection.getFailureDetail());
        return Messages.format(locale(), "exports.services.last.failure", connection.getLastFailed(), reason);
    }

    /** The app path of My snips with the same filters. */
    public String snipsPath() {
        return selection == null ? Routes.Route.SNIPS_PAGE.path() : selection.snipsPath();
    }

    @FunctionalInterface
    private interface Check {
        CheckedToken check() throws ExportFailure, InterruptedException;
    }

    /** Checks the token with its service; stores it only when the service took it. The token field stays empty. */
    private void connect(String form, String field, Check check) {
        String fieldId = form + ":" + field;
        try {
            CheckedToken token = check.check();
            connections.connect(listener(), token, links.base());
            info("exports.services.connected", name(token.service()));
        } catch (ExportFailure refused) {
            message(PAGE_REFUSALS.contains(refused.messageKey()) ? form + ":notionPage" : fieldId,
                    FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.service(), refused.detail());
        } catch (LocalizedException refused) {
            message(PAGE_REFUSALS.contains(refused.messageKey()) ? form + ":notionPage" : fieldId,
                    FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            readwiseToken = null;
            notionToken = null;
            refreshed();
        }
    }

    private Map<ExportService, ServiceConnection> connected() {
        if (connected == null) {
            connected = new EnumMap<>(ExportService.class);
            connections.own(listener()).forEach(connection -> connected.put(connection.getService(), connection));
            Optional.ofNullable(connected.get(ExportService.READWISE)).ifPresent(c -> readwiseAuto = c.isAutoSync());
            Optional.ofNullable(connected.get(ExportService.NOTION)).ifPresent(c -> notionAuto = c.isAutoSync());
        }
        return connected;
    }

    private void refreshed() {
        connected = null;
        selected = null;
    }

    private SnipFilter filter() {
        return selection.filter();
    }

    private void info(String key, Object... arguments) {
        message(SECTION, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private void message(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = Messages.format(locale(), key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    private static String name(ExportService service) {
        return Messages.format(locale(), "exports.services.name." + service.name());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String listener() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getReadwiseToken() {
        return null;
    }

    public void setReadwiseToken(String readwiseToken) {
        this.readwiseToken = readwiseToken;
    }

    public String getNotionToken() {
        return null;
    }

    public void setNotionToken(String notionToken) {
        this.notionToken = notionToken;
    }

    public String getNotionPage() {
        return notionPage;
    }

    public void setNotionPage(String notionPage) {
        this.notionPage = notionPage;
    }

    public boolean isReadwiseAuto() {
        connected();
        return readwiseAuto;
    }

    public void setReadwiseAuto(boolean readwiseAuto) {
        this.readwiseAuto = readwiseAuto;
    }

    public boolean isNotionAuto() {
        connected();
        return notionAuto;
    }

    public void setNotionAuto(boolean notionAuto) {
        this.notionAuto = notionAuto;
    }
}
