package org.helpdesk.platform.api.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * {@link Translations} read from UTF-8 properties files of one bundle, e.g.
 * {@code messages.properties} (English, the fallback) and {@code messages_de.properties}.
 * Subclass it as a DS component in the contributing bundle, passing that bundle's class loader.
 */
public class ResourceBundleTranslations implements Translations {

    private static final ResourceBundle.Control PROPERTIES_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader classLoader;

    /**
     * @param baseName the bundle's base name, e.g. {@code org.example.internal.messages}
     * @param classLoader the class loader of the bundle that holds the files
     */
    public ResourceBundleTranslations(String baseName, ClassLoader classLoader) {
        this.baseName = baseName;
        this.classLoader = classLoader;
        ResourceBundle.getBundle(baseName, Locale.ROOT, classLoader, PROPERTIES_ONLY);
    }

    @Override
    public Optional<String> text(String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, classLoader, PROPERTIES_ONLY);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
