package org.attain.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import org.attain.base.Organisation;

/** The organisation's logo and name over the product's name, linking to the start page. */
class Brand extends Anchor {

    Brand(Organisation organisation) {
        setHref(".");
        getElement().setAttribute("router-link", true);
        addClassName("attain-brand");
        setId("brand");
        organisation.logo().ifPresent(logo -> {
            Image image = new Image(Downloads.handler(logo.fileName(), logo.contentType(), logo::bytes), "");
            image.addClassName("attain-logo");
            add(image);
        });
        Span name = new Span(organisation.name().orElse(getTranslation("app.name")));
        name.addClassName("attain-brand-name");
        add(name);
        if (organisation.name().isPresent()) {
            Span product = new Span(getTranslation("app.name"));
            product.addClassName("attain-brand-product");
            add(product);
        }
    }
}
