package org.attain.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.attain.i18n.Texts;
import org.springframework.stereotype.Component;

/**
 * What Vaadin's components say to a screen reader but offer no Java setting for, in the reader's language: a sortable
 * column's "Sort by …" (written by the grid's connector) and a password field's "Show password". And the grid's
 * invisible sizing row, a table caption holding cells, is marked as a hidden row, so that assistive technology and
 * axe-core see a grid made of rows only (axe's aria-required-children). One observer per page applies both to every
 * grid and password field, also those drawn later.
 */
@Component
class AccessibleComponents implements VaadinServiceInitListener {

    private static final String SCRIPT = """
            const texts = {sortBy: $0, reveal: $1};
            const fix = () => {
              for (const sorter of document.querySelectorAll('vaadin-grid-sorter[aria-label^="Sort by "]')) {
                // only when it changes: in English the label stays, and setting it again would wake this observer
                const label = texts.sortBy.replace('{0}', sorter.getAttribute('aria-label').slice(8));
                if (label !== sorter.getAttribute('aria-label')) sorter.setAttribute('aria-label', label);
              }
              for (const field of document.querySelectorAll('vaadin-password-field')) {
                if (!field.i18n || field.i18n.reveal !== texts.reveal) {
                  field.i18n = Object.assign({}, field.i18n, {reveal: texts.reveal});
                }
              }
              for (const grid of document.querySelectorAll('vaadin-grid')) {
                const sizer = grid.shadowRoot && grid.shadowRoot.querySelector('#sizer');
                if (sizer && sizer.getAttribute('role') !== 'row') {
                  sizer.setAttribute('role', 'row');
                  sizer.setAttribute('aria-hidden', 'true');
                }
              }
            };
            new MutationObserver(fix).observe(document.body,
                {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label']});
            customElements.whenDefined('vaadin-grid').then(() => requestAnimationFrame(fix));
            fix();
            """;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            // once the UI's language is settled for this page
            ui.beforeClientResponse(ui, context -> install(ui));
        });
    }

    private static void install(UI ui) {
        Texts t = Texts.of(ui.getLocale());
        ui.getPage().executeJs(SCRIPT, t.get("a11y.sortBy"), t.get("a11y.revealPassword"));
    }
}
