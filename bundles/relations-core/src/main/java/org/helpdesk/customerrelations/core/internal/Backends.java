package org.helpdesk.customerrelations.core.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.helpdesk.platform.api.directory.CustomerUserBackend;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The customer-user backends as they are now, for the primary rule (R3). */
@Component(service = Backends.class)
public class Backends {

    private final Map<String, CustomerUserBackend> byId = new ConcurrentHashMap<>();

    @Reference(name = "backend", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindBackend")
    void bindBackend(CustomerUserBackend backend) {
        byId.put(backend.id(), backend);
    }

    void unbindBackend(CustomerUserBackend backend) {
        byId.remove(backend.id(), backend);
    }

    /**
     * @return whether the backend has {@code CustomerUserExcludePrimaryCustomerID} on; an unknown backend
     *         keeps the primary customer (the safe default: its primary cannot be related)
     */
    boolean excludesPrimary(String backendId) {
        CustomerUserBackend backend = backendId == null ? null : byId.get(backendId);
        return backend != null && backend.excludePrimaryCustomerId();
    }
}
