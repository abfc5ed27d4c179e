package org.helpdesk.customerrelations.core.internal;

import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.customerrelations.api.spi.RelationStore.BulkResult;
import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps relations in line with the directory (rule R3): renamed logins and customer IDs take their
 * relations along, deleted ones lose them; every move and removal is in the history. The directory sends
 * these events synchronously after its commit, so relations have followed before its call returns.
 * Idempotent: a repeated or late event finds nothing left to move or remove.
 */
@Component(service = EventHandler.class, property = {
        EventConstants.EVENT_TOPIC + "=" + DirectoryEvents.CUSTOMER_USER_RENAMED,
        EventConstants.EVENT_TOPIC + "=" + DirectoryEvents.CUSTOMER_RENAMED,
        EventConstants.EVENT_TOPIC + "=" + DirectoryEvents.CUSTOMER_USER_DELETED,
        EventConstants.EVENT_TOPIC + "=" + DirectoryEvents.CUSTOMER_DELETED })
public class DirectoryListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryListener.class);

    private final RelationStore store;
    private final EventPoster events;

    @Activate
    public DirectoryListener(@Reference RelationStore store, @Reference EventPoster events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public void handleEvent(Event event) {
        String actor = Values.actor(string(event, DirectoryEvents.ACTOR));
        try {
            switch (event.getTopic()) {
                case DirectoryEvents.CUSTOMER_USER_RENAMED -> renamed(Side.CUSTOMER_USER,
                        string(event, DirectoryEvents.OLD_LOGIN), string(event, DirectoryEvents.LOGIN), actor);
                case DirectoryEvents.CUSTOMER_RENAMED -> renamed(Side.CUSTOMER,
                        string(event, DirectoryEvents.OLD_CUSTOMER_ID), string(event, DirectoryEvents.CUSTOMER_ID),
                        actor);
                case DirectoryEvents.CUSTOMER_USER_DELETED -> deleted(Side.CUSTOMER_USER,
                        string(event, DirectoryEvents.LOGIN), actor);
                case DirectoryEvents.CUSTOMER_DELETED -> deleted(Side.CUSTOMER,
                        string(event, DirectoryEvents.CUSTOMER_ID), actor);
                default -> {
                    // subscribed topics only
                }
            }
        } catch (RuntimeException e) {
            // EventAdmin would swallow it; say what did not follow so an admin can repair it.
            LOG.error("Relations did not follow the directory change {} {}: {}", event.getTopic(),
                    event.getProperty(DirectoryEvents.LOGIN) != null ? event.getProperty(DirectoryEvents.LOGIN)
                            : event.getProperty(DirectoryEvents.CUSTOMER_ID), e.getMessage(), e);
        }
    }

    void renamed(Side side, String oldKey, String newKey, String actor) {
        if (oldKey == null || newKey == null || oldKey.equals(newKey)) {
            return;
        }
        BulkResult moved = store.rename(side, oldKey, newKey, actor);
        events.post(false, side, oldKey, moved.ids(), moved.changed(), Source.RENAME, actor);
        events.post(true, side, newKey, moved.ids(), moved.changed(), Source.RENAME, actor);
    }

    void deleted(Side side, String key, String actor) {
        if (key == null) {
            return;
        }
        BulkResult removed = store.removeAllOf(side, key, Source.DELETE, actor);
        events.post(false, side, key, removed.ids(), removed.changed(), Source.DELETE, actor);
    }

    private static String string(Event event, String property) {
        Object value = event.getProperty(property);
        return value == null ? null : value.toString();
    }
}
