package dev.earmark.feeds.web;

import dev.earmark.platform.control.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/** The words of an import report's reasons and notices (bundle key and arguments) in the page's language. */
@Named
@ApplicationScoped
public class ImportReportText {

    public String of(String key, List<Object> arguments) {
        if (key == null) {
            return "";
        }
        return Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key,
                arguments.toArray());
    }
}
