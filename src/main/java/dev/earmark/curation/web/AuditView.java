package dev.earmark.curation.web;

import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.platform.control.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the history include (WEB-INF/includes/audit-history.xhtml) words an entry: what was done, to what. */
@Named
@ApplicationScoped
public class AuditView {

    public String action(AuditEntry entry) {
        return Messages.format(locale(), "audit.action." + entry.getAction().name());
    }

    /**
     * The details in the reader's words: edits (and a new episode's filled-in fields) are recorded
     * as the fields' names in the code, each said here as the bundle's audit.field.{name}.
     */
    public String details(AuditEntry entry) {
        if (entry.getAction() == AuditAction.SUGGESTION_TAKEN && entry.getDetails() != null) {
            return suggestionsTaken(entry.getDetails());
        }
        boolean fieldNames = entry.getAction() == AuditAction.UPDATED
                || entry.getAction() == AuditAction.CREATED && entry.getSubject() == AuditSubject.EPISODE;
        if (!fieldNames || entry.getDetails() == null) {
            return entry.getDetails();
        }
        Locale locale = locale();
        return Arrays.stream(entry.getDetails().split(", "))
                .map(field -> Messages.find(locale, "audit.field." + field).orElse(field))
                .collect(Collectors.joining(", "));
    }

    /** "summary MODEL llama3.2, topics EXTRACT" ({@code TextSource#audited}) as "summary by the language model llama3.2, …". */
    private static String suggestionsTaken(String details) {
        Locale locale = locale();
        return Arrays.stream(details.split(", "))
                .map(taken -> taken.split(" ", 3))
                .map(parts -> parts.length < 2 ? parts[0]
                        : Messages.find(locale, "audit.field." + parts[0]).orElse(parts[0]) + " "
                                + Messages.format(locale, "audit.source." + parts[1], parts.length > 2 ? parts[2] : ""))
                .collect(Collectors.joining(", "));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
