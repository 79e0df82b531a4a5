package dev.earmark.curation.web;

import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Publish times as an HTML {@code datetime-local} field writes them ("2026-03-01T09:30:15"), read in the display
 * zone of the setting, which is also the zone listeners see dates in.
 */
@Named("publishTimes")
@ApplicationScoped
public class PublishTimes implements Converter<Instant> {

    @Inject
    Settings settings;

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(settings.displayZone()).toInstant();
        } catch (DateTimeParseException unreadable) {
            String message = Messages.format(context.getViewRoot().getLocale(), "admin.episode.publishedAt.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), unreadable);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                LocalDateTime.ofInstant(value.truncatedTo(ChronoUnit.SECONDS), settings.displayZone()));
    }
}
