package org.helpdesk.customerrelations.ui.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.helpdesk.customerrelations.ui.internal.view.EditButtons.Action;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;

class EditButtonsTest {

    private final EditButtons buttons = new EditButtons();

    @Test
    void eachButtonReportsItsActionAndKeepsItsId() {
        List<Action> clicked = new ArrayList<>();
        buttons.addActionListener(e -> clicked.add(e.action()));
        button("save").click();
        button("save-and-finish").click();
        button("cancel").click();
        assertEquals(List.of(Action.SAVE, Action.SAVE_AND_FINISH, Action.CANCEL), clicked);
    }

    @Test
    void textsComeFromTheTranslations() {
        assertEquals("!{relations.button.save}!", button("save").getText());
        assertEquals("!{relations.button.saveAndFinish}!", button("save-and-finish").getText());
        assertEquals("!{relations.button.cancel}!", button("cancel").getText());
    }

    private Button button(String id) {
        return (Button) buttons.getChildren().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + id));
    }
}
