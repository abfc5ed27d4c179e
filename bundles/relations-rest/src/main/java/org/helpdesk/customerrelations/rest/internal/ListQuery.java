package org.helpdesk.customerrelations.rest.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The query of a list: {@code filter} (directory filter, empty for all), {@code limit} (1 to
 * {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}) and {@code cursor} (from a {@code next} link).
 */
record ListQuery(String filter, int limit, int offset) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    static ListQuery of(Map<String, String[]> parameters) {
        String filter = single(parameters, "filter", "");
        String limitText = single(parameters, "limit", Integer.toString(DEFAULT_LIMIT));
        int limit;
        try {
            limit = Integer.parseInt(limitText);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidInput("limit must be a number from 1 to " + MAX_LIMIT + ": '" + limitText + "'");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.invalidInput("limit must be a number from 1 to " + MAX_LIMIT + ": '" + limitText + "'");
        }
        return new ListQuery(filter, limit, PageCursor.decode(single(parameters, "cursor", "")));
    }

    /** @return the one value of a query parameter, or {@code fallback} without one */
    static String single(Map<String, String[]> parameters, String name, String fallback) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return fallback;
        }
        if (values.length > 1) {
            throw ApiProblem.invalidInput("Give " + name + " once, not " + values.length + " times");
        }
        return values[0];
    }

    /** @return the link to the page after this one, or {@code null} when this one is the last */
    String nextLink(String path, int returned, long total) {
        return nextLink(path, returned, total, filter.isEmpty() ? Map.of() : Map.of("filter", filter));
    }

    /** @param kept query parameters the next page needs too (empty values are left out) */
    String nextLink(String path, int returned, long total, Map<String, String> kept) {
        long next = (long) offset + returned;
        if (returned == 0 || next >= total) {
            return null;
        }
        StringBuilder link = new StringBuilder(path).append("?limit=").append(limit);
        new TreeMap<>(kept).forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                link.append('&').append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        });
        return link.append("&cursor=").append(PageCursor.encode(next)).toString();
    }
}
