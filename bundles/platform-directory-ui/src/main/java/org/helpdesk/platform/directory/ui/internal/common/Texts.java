package org.helpdesk.platform.directory.ui.internal.common;

import org.helpdesk.platform.directory.ui.internal.form.Problem;

import com.vaadin.flow.component.Component;

/** Translates problems through the shell's translations. */
public final class Texts {

    private Texts() {
    }

    public static String of(Component owner, Problem problem) {
        return owner.getTranslation(problem.key(), problem.args().toArray());
    }
}
