package org.helpdesk.customerrelations.rest.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code cursor} of a list's {@code next} link: the position of the next page. Clients pass
 * it back unchanged; a cursor that was not made here is invalid input.
 */
final class PageCursor {

    private static final String PREFIX = "o:";

    private PageCursor() {
    }

    static String encode(long offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the offset; 0 for an empty or missing cursor */
    static int decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw ApiProblem.invalidInput("Invalid cursor: '" + cursor + "'; pass the one of a next link unchanged.");
    }
}
