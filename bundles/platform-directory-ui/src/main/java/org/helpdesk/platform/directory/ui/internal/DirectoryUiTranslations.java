package org.helpdesk.platform.directory.ui.internal;

import org.helpdesk.platform.api.i18n.ResourceBundleTranslations;
import org.helpdesk.platform.api.i18n.Translations;
import org.osgi.service.component.annotations.Component;

/** The texts of the Customers and Customer Users views, in English and German. */
@Component(service = Translations.class)
public class DirectoryUiTranslations extends ResourceBundleTranslations {

    static final String BASE_NAME = "org.helpdesk.platform.directory.ui.internal.messages";

    public DirectoryUiTranslations() {
        super(BASE_NAME, DirectoryUiTranslations.class.getClassLoader());
    }
}
