package org.helpdesk.platform.portal.internal.i18n;

import java.util.List;
import java.util.Locale;

/** The portal's languages and which one a request gets. */
public final class Languages {

    /** Supported languages, the first is the default. */
    public static final List<String> SUPPORTED = List.of("en", "de");

    private Languages() {
    }

    /**
     * The language picked in the header wins; otherwise the browser's {@code Accept-Language}
     * decides; otherwise English.
     *
     * @param picked the language stored in the session, or {@code null}
     * @param acceptLanguage the header, or {@code null}
     */
    public static Locale choose(String picked, String acceptLanguage) {
        if (isSupported(picked)) {
            return Locale.forLanguageTag(picked);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                if (tag != null) {
                    return Locale.forLanguageTag(tag);
                }
            } catch (IllegalArgumentException malformedHeader) {
                // a broken header gets the default, not an error page
            }
        }
        return Locale.forLanguageTag(SUPPORTED.get(0));
    }

    /** @return whether {@code language} is one of {@link #SUPPORTED} */
    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }
}
