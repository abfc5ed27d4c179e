package org.helpdesk.platform.portal.internal.i18n;

import java.text.MessageFormat;
import java.util.Locale;

import org.helpdesk.platform.api.i18n.ResourceBundleTranslations;

/** The portal's texts from {@code messages.properties} (English) and {@code messages_de.properties}. */
public final class PortalTexts {

    public static final String BASE_NAME = "org.helpdesk.platform.portal.internal.i18n.messages";

    private final ResourceBundleTranslations translations =
            new ResourceBundleTranslations(BASE_NAME, PortalTexts.class.getClassLoader());

    /** @return the texts of one language */
    public Texts in(Locale locale) {
        return new Texts(this, locale);
    }

    String text(String key, Locale locale, Object... arguments) {
        String pattern = translations.text(key, locale).orElse("!" + key + "!");
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The texts of one language, for one request. */
    public static final class Texts {

        private final PortalTexts texts;
        private final Locale locale;

        Texts(PortalTexts texts, Locale locale) {
            this.texts = texts;
            this.locale = locale;
        }

        public Locale locale() {
            return locale;
        }

        /** @return the text, formatted with {@link MessageFormat} when there are arguments */
        public String get(String key, Object... arguments) {
            return texts.text(key, locale, arguments);
        }
    }
}
