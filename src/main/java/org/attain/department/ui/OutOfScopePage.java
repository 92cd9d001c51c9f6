package org.attain.department.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.attain.base.ui.MainLayout;
import org.attain.i18n.Texts;
import org.attain.project.OutOfScopeException;

/**
 * A project of another department opened by address: a sentence naming the project, its department and the reader's,
 * and a way back to their own portfolio, inside the shell; never an empty page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class OutOfScopePage extends Div implements HasErrorParameter<OutOfScopeException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("scope.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<OutOfScopeException> parameter) {
        removeAll();
        addClassName("attain-page");
        setId("out-of-scope");
        Paragraph text = new Paragraph(
                Texts.of(getLocale()).render(parameter.getException().message()));
        text.setId("out-of-scope-text");
        add(
                new H2(getTranslation("scope.title")),
                text,
                new Paragraph(new Anchor("./", getTranslation("notFound.back"))));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
