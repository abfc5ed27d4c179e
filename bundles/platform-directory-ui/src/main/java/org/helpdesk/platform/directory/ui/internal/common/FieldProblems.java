package org.helpdesk.platform.directory.ui.internal.common;

import java.util.EnumMap;
import java.util.Map;

import org.helpdesk.platform.directory.ui.internal.form.Problem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

/** Shows problems at the fields of one form, in the user's language. */
public final class FieldProblems<F extends Enum<F>> {

    private final Component owner;
    private final Map<F, HasValidation> fields;

    public FieldProblems(Component owner, Class<F> fieldType) {
        this.owner = owner;
        this.fields = new EnumMap<>(fieldType);
    }

    /** @return {@code component}, now known as {@code field} */
    public <C extends HasValidation> C register(F field, C component) {
        fields.put(field, component);
        return component;
    }

    /** Marks the fields with problems and clears the marks of all others. */
    public void show(Map<F, Problem> problems) {
        fields.forEach((field, component) -> {
            Problem problem = problems.get(field);
            component.setErrorMessage(problem == null ? null : Texts.of(owner, problem));
            component.setInvalid(problem != null);
        });
    }

    public void show(F field, Problem problem) {
        show(Map.of(field, problem));
    }

    public void clear() {
        show(Map.of());
    }
}
