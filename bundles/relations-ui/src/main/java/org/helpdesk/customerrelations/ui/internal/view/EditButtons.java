package org.helpdesk.customerrelations.ui.internal.view;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;

/** Save, Save and finish, Cancel below an edit page's grid. It reports which one the admin clicked; the page acts. */
final class EditButtons extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    enum Action {
        SAVE, SAVE_AND_FINISH, CANCEL
    }

    EditButtons() {
        Button save = new Button(getTranslation("relations.button.save"), VaadinIcon.CHECK.create(),
                e -> fire(Action.SAVE));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button saveAndFinish = new Button(getTranslation("relations.button.saveAndFinish"),
                e -> fire(Action.SAVE_AND_FINISH));
        saveAndFinish.setId("save-and-finish");
        Button cancel = new Button(getTranslation("relations.button.cancel"), e -> fire(Action.CANCEL));
        cancel.setId("cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(save, saveAndFinish, cancel);
        addClassNames(Margin.Top.SMALL);
    }

    private void fire(Action action) {
        fireEvent(new ActionEvent(this, action));
    }

    Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }

    /** The admin clicked one of the buttons. */
    static final class ActionEvent extends ComponentEvent<EditButtons> {

        private static final long serialVersionUID = 1L;

        private final Action action;

        ActionEvent(EditButtons source, Action action) {
            super(source, true);
            this.action = action;
        }

        Action action() {
            return action;
        }
    }
}
