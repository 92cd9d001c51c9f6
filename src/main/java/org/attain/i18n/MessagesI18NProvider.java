package org.attain.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's access to the message bundles ({@link Texts}): {@code getTranslation("key", args…)}, and
 * {@code getTranslation(message)} for a {@link Message}, an enum constant or a {@link Labelled} value.
 */
@Component
public class MessagesI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Texts.CHINESE;
    public static final Locale ENGLISH = Texts.ENGLISH;

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Texts.of(locale).get(key, params);
    }

    @Override
    public String getTranslation(Object key, Locale locale, Object... params) {
        return key instanceof String s
                ? getTranslation(s, locale, params)
                : Texts.of(locale).text(key);
    }

    /** Plain-Java access to the same bundles; kept for callers written before {@link Texts}. */
    public static final class Messages {
        private Messages() {}

        public static String get(String key, Locale locale, Object... params) {
            return Texts.of(locale).get(key, params);
        }
    }
}
