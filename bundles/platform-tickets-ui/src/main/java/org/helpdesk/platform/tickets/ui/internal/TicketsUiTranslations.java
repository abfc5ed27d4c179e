package org.helpdesk.platform.tickets.ui.internal;

import org.helpdesk.platform.api.i18n.ResourceBundleTranslations;
import org.helpdesk.platform.api.i18n.Translations;
import org.osgi.service.component.annotations.Component;

/** The texts of the Tickets view, in English and German. */
@Component(service = Translations.class)
public class TicketsUiTranslations extends ResourceBundleTranslations {

    static final String BASE_NAME = "org.helpdesk.platform.tickets.ui.internal.messages";

    public TicketsUiTranslations() {
        super(BASE_NAME, TicketsUiTranslations.class.getClassLoader());
    }
}
