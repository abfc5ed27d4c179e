package org.helpdesk.customerrelations.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.BatchChange;
import org.helpdesk.customerrelations.api.dto.BatchChange.Operation;
import org.helpdesk.customerrelations.api.dto.BatchReport;
import org.helpdesk.customerrelations.api.dto.Source;

/**
 * {@code POST /relations:batch}: {@code {"dryRun": false, "changes": [{"op": "add", "login": "...",
 * "customerId": "..."}, ...]}}, at most {@link CustomerRelationService#MAX_BATCH} pairs, all or nothing.
 */
final class BatchResource {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("dryRun", "changes"));
    private static final Set<String> CHANGE_FIELDS = new LinkedHashSet<>(List.of("op", "login", "customerId"));

    private final CustomerRelationService relations;

    BatchResource(CustomerRelationService relations) {
        this.relations = relations;
    }

    /** The report; a problem (422, with the report's rejected pairs) when a pair was rejected outside a dry run. */
    ObjectNode apply(JsonNode body, String admin) {
        RequestBody.onlyFields(body, FIELDS);
        JsonNode dryRun = body.get("dryRun");
        if (dryRun != null && !dryRun.isBoolean()) {
            throw ApiProblem.invalidInput("'dryRun' must be true or false");
        }
        BatchReport report = relations.applyBatch(changes(body.get("changes")), dryRun != null && dryRun.asBoolean(),
                Source.API, RelationsResource.actor(admin));
        ObjectNode answer = JSON.objectNode().put("applied", report.applied());
        ArrayNode added = answer.putArray("added");
        ArrayNode removed = answer.putArray("removed");
        ArrayNode alreadyPresent = answer.putArray("alreadyPresent");
        ArrayNode notPresent = answer.putArray("notPresent");
        for (BatchReport.Entry e : report.changed()) {
            pair(e.change().operation() == Operation.ADD ? added : removed, e.index(), e.change());
        }
        for (BatchReport.Entry e : report.unchanged()) {
            pair(e.change().operation() == Operation.ADD ? alreadyPresent : notPresent, e.index(), e.change());
        }
        ArrayNode rejected = answer.putArray("rejected");
        for (BatchReport.Rejected r : report.rejected()) {
            pair(rejected, r.index(), r.change()).put("reason", r.reason());
        }
        if (!report.rejected().isEmpty() && !report.applied() && !(dryRun != null && dryRun.asBoolean())) {
            throw ApiProblem.batchRejected(report.rejected().size(), answer);
        }
        return answer;
    }

    private static ObjectNode pair(ArrayNode list, int index, BatchChange change) {
        return list.addObject().put("index", index).put("op", change.operation().name().toLowerCase(Locale.ROOT))
                .put("login", change.login()).put("customerId", change.customerId());
    }

    private static List<BatchChange> changes(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw ApiProblem.invalidInput("'changes' must be an array of {op, login, customerId}");
        }
        if (array.size() > CustomerRelationService.MAX_BATCH) {
            throw ApiProblem.invalidInput("'changes' has " + array.size() + " pairs; at most "
                    + CustomerRelationService.MAX_BATCH);
        }
        List<BatchChange> changes = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode change = array.get(i);
            if (!change.isObject()) {
                throw ApiProblem.invalidInput("changes[" + i + "] must be an object");
            }
            RequestBody.onlyFields(change, CHANGE_FIELDS);
            changes.add(new BatchChange(operation(change.get("op"), i), text(change, "login", i),
                    text(change, "customerId", i)));
        }
        return changes;
    }

    private static Operation operation(JsonNode op, int index) {
        if (op != null && op.isTextual()) {
            switch (op.asText()) {
                case "add":
                    return Operation.ADD;
                case "remove":
                    return Operation.REMOVE;
                default:
                    break;
            }
        }
        throw ApiProblem.invalidInput("changes[" + index + "].op must be \"add\" or \"remove\"");
    }

    private static String text(JsonNode change, String field, int index) {
        JsonNode value = change.get(field);
        if (value == null || !value.isTextual()) {
            throw ApiProblem.invalidInput("changes[" + index + "]." + field + " must be a string");
        }
        return value.asText();
    }
}
