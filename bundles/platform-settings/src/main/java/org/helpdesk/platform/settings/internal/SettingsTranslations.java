package org.helpdesk.platform.settings.internal;

import org.helpdesk.platform.api.i18n.ResourceBundleTranslations;
import org.helpdesk.platform.api.i18n.Translations;
import org.osgi.service.component.annotations.Component;

/** The System Configuration view's texts in English and German; every key starts with {@code settings.}. */
@Component(service = Translations.class)
public class SettingsTranslations extends ResourceBundleTranslations {

    public SettingsTranslations() {
        super("org.helpdesk.platform.settings.internal.messages", SettingsTranslations.class.getClassLoader());
    }
}
