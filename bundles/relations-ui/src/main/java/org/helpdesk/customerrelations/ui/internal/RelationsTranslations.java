package org.helpdesk.customerrelations.ui.internal;

import org.helpdesk.platform.api.i18n.ResourceBundleTranslations;
import org.helpdesk.platform.api.i18n.Translations;
import org.osgi.service.component.annotations.Component;

/** The texts of the view "Customer Users ↔ Customers", in English and German. */
@Component(service = Translations.class)
public class RelationsTranslations extends ResourceBundleTranslations {

    static final String BASE_NAME = "org.helpdesk.customerrelations.ui.internal.messages";

    public RelationsTranslations() {
        super(BASE_NAME, RelationsTranslations.class.getClassLoader());
    }
}
