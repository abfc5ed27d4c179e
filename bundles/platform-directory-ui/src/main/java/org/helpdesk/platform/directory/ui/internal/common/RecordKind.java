package org.helpdesk.platform.directory.ui.internal.common;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What an edit page needs to know of one kind of directory record besides its form.
 *
 * @param find the record with this key (customer ID or login), as the directory holds it now
 * @param key the record's key
 * @param label the record's one-line label
 * @param valid the record's valid flag
 * @param delete deletes the record with this key as the actor; throws {@code DirectoryException} when refused
 * @param editPath the edit page's path for a key, relative to {@code /admin/}
 * @param <R> the record, e.g. {@code Customer}
 */
public record RecordKind<R>(Function<String, Optional<R>> find, Function<R, String> key, Function<R, String> label,
        Predicate<R> valid, BiConsumer<String, String> delete, UnaryOperator<String> editPath) {
}
