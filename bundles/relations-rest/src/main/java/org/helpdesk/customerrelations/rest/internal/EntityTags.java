package org.helpdesk.customerrelations.rest.internal;

/** A relation set's version as an HTTP entity tag, and the {@code If-Match} header read back into one. */
final class EntityTags {

    private EntityTags() {
    }

    static String of(String version) {
        return '"' + version + '"';
    }

    /**
     * @return the version a strong {@code If-Match} names; {@code null} for no header or {@code *} (any)
     * @throws ApiProblem 400 for a weak or malformed tag, or a list of several
     */
    static String expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"'
                || tag.substring(1, tag.length() - 1).contains("\"")) {
            throw ApiProblem.invalidInput("If-Match must be one strong entity tag from an ETag header, not " + ifMatch);
        }
        return tag.substring(1, tag.length() - 1);
    }
}
