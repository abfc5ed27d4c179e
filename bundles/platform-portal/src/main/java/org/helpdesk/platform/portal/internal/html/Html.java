package org.helpdesk.platform.portal.internal.html;

import java.util.regex.Pattern;

/**
 * A small HTML writer. Text and attribute values always go through {@link #escape}; only tag and
 * attribute names, which are constants of the portal, are written as they are.
 */
public final class Html {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final StringBuilder out = new StringBuilder(8192);

    /** @return the text with {@code & < > " '} replaced by entities, safe in text and quoted attributes */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (entity != null) {
                    escaped.append(entity);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    public Html doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    /**
     * Opens an element.
     *
     * @param attributes name, value, name, value, ...; a {@code null} value leaves the attribute out
     */
    public Html open(String tag, String... attributes) {
        startTag(tag, attributes);
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    /** Writes an element without content or end tag ({@code input}, {@code meta}, {@code link}). */
    public Html empty(String tag, String... attributes) {
        startTag(tag, attributes);
        return this;
    }

    /** Writes an element with escaped text content. */
    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    public Html text(String text) {
        out.append(escape(text));
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void startTag(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs: " + tag);
        }
        out.append('<').append(name(tag));
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(name(attributes[i])).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + name);
        }
        return name;
    }
}
