package org.helpdesk.testsupport.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;

/**
 * What the fake directories share: the records, which are read and written only while holding this
 * object's lock (a write is one "transaction"), the events posted after a write and the failure a test asked for.
 */
final class Store {

    /** Customers by lower-case ID. */
    final Map<String, Customer> customers = new HashMap<>();
    /** Customer users by lower-case login. */
    final Map<String, UserRecord> users = new HashMap<>();
    /** Backends by ID, in the order they were created. */
    final Map<String, FakeBackend> backends = Collections.synchronizedMap(new LinkedHashMap<>());

    private final List<PostedEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final List<Consumer<PostedEvent>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<DirectoryException> nextFailure = new AtomicReference<>();
    private final AtomicReference<DirectoryException> everyFailure = new AtomicReference<>();

    /** The real directory's one way of folding keys. */
    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Who made a change: "system" when nobody is named, as in the real directory. */
    static String actor(String actor) {
        return actor == null || actor.isBlank() ? "system" : actor;
    }

    void failNext(DirectoryException failure) {
        nextFailure.set(failure);
    }

    void failEveryCall(DirectoryException failure) {
        everyFailure.set(failure);
    }

    /** Throws the failure a test asked for: the next call's once, or every call's. */
    void failIfAsked() {
        DirectoryException failure = nextFailure.getAndSet(null);
        if (failure == null) {
            failure = everyFailure.get();
        }
        if (failure != null) {
            throw failure;
        }
    }

    long primaryUsersOf(String customerIdLc) {
        return users.values().stream().filter(u -> u.primaryLc().equals(customerIdLc)).count();
    }

    void postCustomer(String topic, String customerId, String oldCustomerId, String actor) {
        post(topic, DirectoryEvents.CUSTOMER_ID, customerId, DirectoryEvents.OLD_CUSTOMER_ID, oldCustomerId, actor);
    }

    void postCustomerUser(String topic, String login, String oldLogin, String actor) {
        post(topic, DirectoryEvents.LOGIN, login, DirectoryEvents.OLD_LOGIN, oldLogin, actor);
    }

    /** Delivered at once, as the real directory sends (not posts) its events: listeners have reacted when a write returns. */
    private void post(String topic, String key, String value, String oldKey, String oldValue, String actor) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(key, value);
        if (oldValue != null) {
            properties.put(oldKey, oldValue);
        }
        properties.put(DirectoryEvents.ACTOR, actor(actor));
        PostedEvent event = new PostedEvent(topic, properties);
        events.add(event);
        for (Consumer<PostedEvent> listener : listeners) {
            listener.accept(event);
        }
    }

    List<PostedEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    void addListener(Consumer<PostedEvent> listener) {
        listeners.add(listener);
    }
}
