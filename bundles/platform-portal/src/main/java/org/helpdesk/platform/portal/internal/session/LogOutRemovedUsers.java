package org.helpdesk.platform.portal.internal.session;

import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs customer users out everywhere when the directory deletes, renames or invalidates them, at once and on
 * every node. Each request checks the user as well, so this only ends the sessions sooner (and for users of
 * backends that post no events, the requests' check is the one that counts).
 */
@Component(property = { EventConstants.EVENT_TOPIC + "=" + DirectoryEvents.CUSTOMER_USER_DELETED,
    EventConstants.EVENT_TOPIC + "=" + DirectoryEvents.CUSTOMER_USER_RENAMED,
    EventConstants.EVENT_TOPIC + "=" + DirectoryEvents.CUSTOMER_USER_CHANGED })
public class LogOutRemovedUsers implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LogOutRemovedUsers.class);

    private final SessionStore sessions;
    private final CustomerUserDirectory directory;

    @Activate
    public LogOutRemovedUsers(@Reference SessionStore sessions, @Reference CustomerUserDirectory directory) {
        this.sessions = sessions;
        this.directory = directory;
    }

    @Override
    public void handleEvent(Event event) {
        String login = (String) event.getProperty(DirectoryEvents.LOGIN);
        switch (event.getTopic()) {
            case DirectoryEvents.CUSTOMER_USER_DELETED -> endAll(login);
            // the sessions name the old login, which is no more
            case DirectoryEvents.CUSTOMER_USER_RENAMED -> endAll((String) event.getProperty(DirectoryEvents.OLD_LOGIN));
            case DirectoryEvents.CUSTOMER_USER_CHANGED -> {
                if (login != null && !stillValid(login)) {
                    endAll(login);
                }
            }
            default -> {
                // not subscribed
            }
        }
    }

    private boolean stillValid(String login) {
        try {
            return directory.findCustomerUser(login).map(CustomerUser::valid).orElse(false);
        } catch (DirectoryException e) {
            // cannot tell now; the user's next request checks again
            LOG.debug("Could not check customer user {} after a change", login, e);
            return true;
        }
    }

    private void endAll(String login) {
        if (login != null) {
            int ended = sessions.endAll(login);
            if (ended > 0) {
                LOG.info("Ended {} portal sessions of customer user {}", ended, login);
            }
        }
    }
}
