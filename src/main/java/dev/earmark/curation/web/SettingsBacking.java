package dev.earmark.curation.web;

import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Roles;
import dev.earmark.platform.control.Setting;
import dev.earmark.platform.control.Settings.Configured;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * /admin/settings.xhtml (admins only: by web.xml, and checked here again, so that no other mapping of the view
 * can show it to an editor): each setting, the value in use, where it comes
 * from and what is wrong with a value that cannot be used. The server's own means set them, so the
 * page shows how rather than offering a form that the next server start would undo.
 */
@Named
@RequestScoped
public class SettingsBacking {

    @Inject
    Settings settings;

    public record Row(Setting setting, String inUse, Optional<Configured> configured, Optional<String> problem) {

        public String sourceKey() {
            return configured.map(value -> "admin.settings.source." + value.source().name()).orElse("admin.settings.source.DEFAULT");
        }
    }

    private List<Row> rows;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isUserInRole(Roles.ADMIN)) {
            Responses.forbidden();
            return;
        }
        Locale locale = faces.getViewRoot().getLocale();
        rows = Arrays.stream(Setting.values())
                .map(setting -> new Row(setting, inUse(setting, locale), settings.configured(setting),
                        settings.problem(setting).map(problem -> Messages.format(locale, problem.messageKey(), problem.subject()))))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getProblemCount() {
        return rows.stream().filter(row -> row.problem().isPresent()).count();
    }

    private String inUse(Setting setting, Locale locale) {
        return switch (setting) {
            case DEMO_CONTENT -> Messages.format(locale, "admin.settings.flag." + settings.demoContent());
            case ANONYMOUS_BROWSING -> Messages.format(locale, "admin.settings.flag." + settings.anonymousBrowsing());
            case SECURE_COOKIES -> Messages.format(locale, "admin.settings.flag." + settings.secureCookies());
            case EMBED_ORIGINS -> settings.embedOrigins().isEmpty() ? Messages.format(locale, "admin.settings.none")
                    : String.join(", ", new TreeSet<>(settings.embedOrigins()));
            case DISPLAY_ZONE -> settings.displayZone().getId();
            case MEDIA_DIR -> settings.mediaDirectory().toString();
            case SEARCH_INDEX_DIR -> settings.searchIndexDirectory().toString();
            case MAX_AUDIO_BYTES -> Messages.format(locale, "admin.settings.bytes", settings.maxAudioBytes(),
                    settings.maxAudioBytes() / (1024.0 * 1024));
            case BASE_URL -> settings.baseUrl().map(URI::toString).orElseGet(() -> Messages.format(locale, "admin.settings.base-url.unset"));
            case TRANSCRIPTION_ENGINE -> settings.transcriptionEngine();
            case TRANSCRIPTION_JOBS_PER_SERVER -> Integer.toString(settings.transcriptionJobsPerServer());
            case TRANSCRIPTION_SERVICE_URL -> settings.findTranscriptionServiceUrl().map(URI::toString)
                    .orElseGet(() -> Messages.format(locale, "admin.transcription.serviceUrl.unusable"));
            case TRANSCRIPTION_SERVICE_MODEL -> settings.transcriptionServiceModel();
            case TRANSCRIPTION_SERVICE_TIMEOUT -> Messages.format(locale, "admin.settings.seconds",
                    settings.transcriptionServiceTimeout().toSeconds());
            case TRANSCRIPTION_SERVICE_KEY -> secret(settings.transcriptionServiceKey(), locale);
            case SUMMARY_SERVICE_URL -> settings.findSummaryServiceUrl().map(URI::toString)
                    .orElseGet(() -> Messages.format(locale, "admin.settings.summary.service-url.unset"));
            case SUMMARY_MODEL -> settings.findSummaryModel().orElseGet(() -> Messages.format(locale, "admin.settings.none"));
            case SUMMARY_TIMEOUT -> Messages.format(locale, "admin.settings.seconds", settings.summaryTimeout().toSeconds());
            case SUMMARY_SERVICE_KEY -> secret(settings.summaryServiceKey(), locale);
            case HIGHLIGHTS_MIN_LISTENERS -> Integer.toString(settings.highlightMinListeners());
            case EXPORT_KEY -> Messages.format(locale, "admin.settings.export-key." + (settings.exportKey().isPresent() ? "set"
                    : settings.configured(setting).isPresent() ? "unusable" : "unset"));
            case READWISE_BASE_URL -> settings.readwiseBaseUrl().toString();
            case NOTION_BASE_URL -> settings.notionBaseUrl().toString();
            case FEEDS_ALLOWED_HOSTS -> settings.feedsAllowedHosts().isEmpty() ? Messages.format(locale, "admin.settings.none")
                    : settings.feedsAllowedHosts();
            case INSIGHTS -> Messages.format(locale, "admin.settings.flag." + settings.insights());
            case INSIGHTS_RETENTION_DAYS -> Messages.format(locale, "admin.settings.days", settings.insightsRetention().toDays());
            case INSIGHTS_DAILY_CAP -> Long.toString(settings.insightsDailyCap());
        };
    }

    private static String secret(Optional<String> key, Locale locale) {
        return Messages.format(locale, "admin.settings.secret." + (key.isPresent() ? "set" : "unset"));
    }
}
