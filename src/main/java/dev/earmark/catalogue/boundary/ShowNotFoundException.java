package dev.earmark.catalogue.boundary;

import dev.earmark.platform.control.NoSuchEntityException;

public class ShowNotFoundException extends NoSuchEntityException {

    public ShowNotFoundException(String slug) {
        super("error.show.notFound", slug);
    }

    public ShowNotFoundException(long id) {
        super("error.show.notFoundById", String.valueOf(id));
    }
}
