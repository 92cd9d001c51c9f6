package org.attain.status.ui;

import com.vaadin.flow.component.html.Span;
import org.attain.status.Light;

/** A light shown with its symbol and its word as well as its colour, so it never relies on colour alone. */
public class LightBadge extends Span {

    public LightBadge(Light light) {
        addClassNames("attain-light", light.cssClass());
        setLight(light);
    }

    public final void setLight(Light light) {
        for (Light l : Light.values()) {
            removeClassName(l.cssClass());
        }
        addClassName(light.cssClass());
        setText(light.symbol() + " " + getTranslation("light." + light.name()));
        getElement().setAttribute("data-light", light.name());
    }
}
