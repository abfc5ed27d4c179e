package org.helpdesk.platform.web.internal.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.helpdesk.platform.api.i18n.ResourceBundleTranslations;
import org.helpdesk.platform.api.i18n.Translations;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Vaadin's translation provider for the shell: the platform's own texts, then every contributed
 * {@link Translations} service. Keys nobody knows show up as {@code !key!} so they are noticed.
 */
@Component(service = AdminTranslations.class)
public class AdminTranslations implements I18NProvider {

    private static final long serialVersionUID = 1L;

    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final transient Translations platform = new ResourceBundleTranslations(
            "org.helpdesk.platform.web.internal.i18n.messages", AdminTranslations.class.getClassLoader());
    private final transient List<Translations> contributed = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindTranslations(Translations translations) {
        contributed.add(translations);
    }

    void unbindTranslations(Translations translations) {
        contributed.remove(translations);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = locale == null ? Locale.ENGLISH : locale;
        Optional<String> text = platform.text(key, language);
        for (int i = 0; text.isEmpty() && i < contributed.size(); i++) {
            text = contributed.get(i).text(key, language);
        }
        if (text.isEmpty()) {
            return "!" + key + "!";
        }
        return params.length == 0 ? text.get() : new MessageFormat(text.get(), language).format(params);
    }
}
