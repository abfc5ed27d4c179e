package org.helpdesk.platform.directory.ui.internal.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.MaxWidth;

/** The pieces both list views share, so that they look alike. */
public final class ListLayout {

    /** Long enough not to query on every key stroke, short enough to feel live. */
    static final int SEARCH_DELAY_MS = 300;

    private ListLayout() {
    }

    public static H2 heading() {
        H2 heading = new H2();
        heading.addClassNames(FontSize.XXLARGE, Margin.NONE);
        return heading;
    }

    public static TextField searchField(String placeholder) {
        TextField search = new TextField();
        search.setId("search");
        search.setPlaceholder(placeholder);
        search.setAriaLabel(placeholder);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_DELAY_MS);
        search.addClassNames(MaxWidth.SCREEN_SMALL);
        return search;
    }

    public static Button newButton(String id, String text) {
        Button button = new Button(text, VaadinIcon.PLUS.create());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    public static HorizontalLayout toolbar(TextField search, Component... actions) {
        HorizontalLayout toolbar = new HorizontalLayout(search);
        toolbar.add(actions);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.setFlexGrow(1, search);
        return toolbar;
    }

    public static <T> void style(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setSizeFull();
    }
}
