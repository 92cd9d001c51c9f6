package org.attain.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/** Translations from {@code messages*.properties}; Simplified Chinese is the default, English the alternative. */
@Component
public class MessagesI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(key, locale, params);
    }

    /** Plain-Java access to the same bundles, for the command line and exports. */
    public static final class Messages {
        private Messages() {
        }

        public static String get(String key, Locale locale, Object... params) {
            Locale effective = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
            try {
                String pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
            } catch (MissingResourceException e) {
                return "!" + key;
            }
        }

        private static final ResourceBundle.Control NO_FALLBACK =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }
}
