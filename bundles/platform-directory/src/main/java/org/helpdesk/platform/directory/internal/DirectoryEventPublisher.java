package org.helpdesk.platform.directory.internal;

import java.util.HashMap;
import java.util.Map;

import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Sends directory events after commit. Delivery is synchronous, so listeners such as the
 * relations plugin have followed a rename before the write call returns.
 */
@Component(service = DirectoryEventPublisher.class)
public class DirectoryEventPublisher {

    private final EventAdmin eventAdmin;

    @Activate
    public DirectoryEventPublisher(@Reference EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    void customer(String topic, String customerId, String oldCustomerId, String actor) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(DirectoryEvents.CUSTOMER_ID, customerId);
        if (oldCustomerId != null) {
            properties.put(DirectoryEvents.OLD_CUSTOMER_ID, oldCustomerId);
        }
        properties.put(DirectoryEvents.ACTOR, actor);
        eventAdmin.sendEvent(new Event(topic, properties));
    }

    void customerUser(String topic, String login, String oldLogin, String actor) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(DirectoryEvents.LOGIN, login);
        if (oldLogin != null) {
            properties.put(DirectoryEvents.OLD_LOGIN, oldLogin);
        }
        properties.put(DirectoryEvents.ACTOR, actor);
        eventAdmin.sendEvent(new Event(topic, properties));
    }
}
