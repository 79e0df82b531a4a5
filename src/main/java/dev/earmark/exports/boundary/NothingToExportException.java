package dev.earmark.exports.boundary;

import dev.earmark.platform.control.NoSuchEntityException;

/** No snip of the listener's is in the selection: there is no file to make (404 with the reason). */
public class NothingToExportException extends NoSuchEntityException {

    public NothingToExportException() {
        super("exports.error.nothingToExport");
    }
}
