package org.helpdesk.platform.api.i18n;

import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Translated texts that a bundle contributes, registered as an OSGi service. The platform asks every
 * registered service in turn; the first one that knows a key wins.
 */
@ConsumerType
public interface Translations {

    /**
     * @param key the text's key
     * @param locale the wanted language
     * @return the text in that language (or the bundle's fallback language), or empty if the key is unknown
     */
    Optional<String> text(String key, Locale locale);
}
