package org.helpdesk.platform.settings.internal.shell;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.settings.internal.SettingsService;
import org.helpdesk.platform.settings.internal.SettingsTranslations;
import org.helpdesk.platform.settings.internal.model.ParsedValue;
import org.helpdesk.platform.settings.internal.model.Setting;
import org.helpdesk.platform.settings.internal.model.SettingValues;

// Admins only: etc/org.apache.karaf.command.acl.helpdesk.cfg gives the helpdesk scope to the admin role.
@Service
@Command(scope = "helpdesk", name = "setting-set",
        description = "Saves a setting of System Configuration for all nodes, as the view does: checked like the view,"
                + " written to the database, applied on this node at once and on the others within seconds.")
public class SettingSetCommand implements Action {

    @Reference
    private SettingsService settings;

    @Argument(index = 0, name = "PID", description = "the configuration's PID, as helpdesk:setting-list shows it",
            required = true)
    private String pid;

    @Argument(index = 1, name = "PROPERTY", description = "the setting's name, e.g. CustomerDisableCompanyTicketAccess",
            required = true)
    private String property;

    @Argument(index = 2, name = "VALUE", description = "the new value, e.g. true", required = true)
    private String value;

    @Override
    public Object execute() throws IOException {
        Setting setting = settings.list(Locale.ENGLISH).stream()
                .filter(s -> s.pid().equals(pid) && s.id().equals(property)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No setting " + property + " of " + pid
                        + ": see helpdesk:setting-list"));
        if (!setting.editable()) {
            throw new IllegalArgumentException(property + " cannot be changed here (a list or a password)");
        }
        ParsedValue parsed = SettingValues.parse(setting, value);
        if (parsed instanceof ParsedValue.Invalid invalid) {
            String pattern = new SettingsTranslations().text(invalid.messageKey(), Locale.ENGLISH)
                    .orElse(invalid.messageKey());
            throw new IllegalArgumentException(property + " was not saved: "
                    + new MessageFormat(pattern, Locale.ENGLISH).format(invalid.argumentArray()));
        }
        settings.write(setting, ((ParsedValue.Valid) parsed).value(), ShellActor.current());
        System.out.println(property + " of " + pid + " saved for all nodes.");
        return null;
    }
}
