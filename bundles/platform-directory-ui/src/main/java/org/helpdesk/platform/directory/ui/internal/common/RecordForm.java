package org.helpdesk.platform.directory.ui.internal.common;

import org.helpdesk.platform.api.directory.DirectoryException;

/**
 * The fields of one kind of directory record, as the New dialog and the Edit page use them.
 *
 * @param <I> what the fields hold
 */
public interface RecordForm<I> {

    /** @return what the fields hold now */
    I input();

    /** Marks the fields with problems, clears the others. @return whether there were none */
    boolean check(I input);

    /** Shows a refused write at the field it is about, or as a notification when it is about none. */
    void showError(DirectoryException e, I input);

    void focus();
}
