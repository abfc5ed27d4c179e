package org.helpdesk.platform.directory.ui.internal.common;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.ValueProvider;

/** The "invalid" mark of switched-off records: a Lumo badge, shown only where it matters. */
public final class ValidityBadge {

    private ValidityBadge() {
    }

    /** @return a grid cell renderer; a template, not a component per row, as grids may page through millions */
    public static <T> Renderer<T> renderer(ValueProvider<T, Boolean> valid, String invalidText) {
        return LitRenderer.<T>of("<span theme=\"badge error small\" ?hidden=${item.valid}>${item.text}</span>")
                .withProperty("valid", valid)
                .withProperty("text", item -> invalidText);
    }

    /** @return the badge on its own, e.g. next to a heading */
    public static Span invalid(String invalidText) {
        Span badge = new Span(invalidText);
        badge.getElement().getThemeList().add("badge error");
        return badge;
    }
}
