package dev.earmark.admin.web;

import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the history include (WEB-INF/includes/audit-history.xhtml) words an entry: when, and what was done. */
@Named
@ApplicationScoped
public class AuditView {

    @Inject
    Settings settings;

    public String time(AuditEntry entry) {
        Locale locale = locale();
        return DateTimeFormatter.ofPattern(Messages.format(locale, "format.dateTime"), locale)
                .format(entry.getOccurredAt().atZone(settings.displayZone()));
    }

    public String action(AuditEntry entry) {
        return Messages.format(locale(), "audit.action." + entry.getAction().name());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
