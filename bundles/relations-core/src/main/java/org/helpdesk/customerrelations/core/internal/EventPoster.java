package org.helpdesk.customerrelations.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.helpdesk.customerrelations.api.RelationEvents;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts {@link RelationEvents} after a write committed: one per operation, subject and kind of change. */
@Component(service = EventPoster.class)
public class EventPoster {

    private static final int MAX_IDS = 1000;

    private final EventAdmin eventAdmin;

    @Activate
    public EventPoster(@Reference EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    void post(boolean added, Side side, String subject, List<String> ids, long count, Source source, String actor) {
        if (count == 0) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(RelationEvents.SIDE, side.name());
        properties.put(RelationEvents.SUBJECT, subject);
        properties.put(RelationEvents.IDS, ids.stream().limit(MAX_IDS).toArray(String[]::new));
        properties.put(RelationEvents.COUNT, count);
        properties.put(RelationEvents.ACTOR, actor);
        properties.put(RelationEvents.SOURCE, source.name());
        eventAdmin.postEvent(new Event(added ? RelationEvents.ADDED : RelationEvents.REMOVED, properties));
    }
}
