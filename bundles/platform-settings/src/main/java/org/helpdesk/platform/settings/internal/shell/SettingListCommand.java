package org.helpdesk.platform.settings.internal.shell;

import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.helpdesk.platform.settings.internal.SettingsService;
import org.helpdesk.platform.settings.internal.model.Setting;
import org.helpdesk.platform.settings.internal.model.SettingFilter;

@Service
@Command(scope = "helpdesk", name = "setting-list",
        description = "Lists the settings of System Configuration with their values on this node.")
public class SettingListCommand implements Action {

    @Reference
    private SettingsService settings;

    @Argument(index = 0, name = "SEARCH", description = "only settings whose name contains this text, as in the view")
    private String search;

    @Override
    public Object execute() {
        List<Setting> matches = SettingFilter.filter(settings.list(Locale.ENGLISH), search == null ? "" : search);
        ShellTable table = new ShellTable();
        table.column("PID");
        table.column("Setting");
        table.column("Value").maxSize(60);
        table.column("Editable");
        for (Setting s : matches) {
            table.addRow().addContent(s.pid(), s.id(), s.value(), s.editable() ? "yes" : "no");
        }
        table.print(System.out);
        return null;
    }
}
