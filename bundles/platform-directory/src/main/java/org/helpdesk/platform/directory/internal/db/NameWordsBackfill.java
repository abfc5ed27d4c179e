package org.helpdesk.platform.directory.internal.db;

import static org.helpdesk.platform.directory.internal.db.Lower.lower;

import java.util.List;

import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * Adds the name parts of {@link SearchWords} for users stored before the word table knew them: the
 * migration that fills the table copies whole columns only. Runs once, when the changelog has left the
 * task {@value #TASK} in {@code hd_directory_task}, in one transaction that also removes the task.
 */
final class NameWordsBackfill {

    static final String TASK = "name-words";

    /** Users read per query while walking those with a blank or hyphen in a name. */
    static final int PAGE = 1000;

    private NameWordsBackfill() {
    }

    static void runIfPending(DirectoryDatabase database) {
        database.write(s -> {
            CustomerUserMapper mapper = s.getMapper(CustomerUserMapper.class);
            if (mapper.pendingTask(TASK) == null) {
                return null;
            }
            String after = null;
            for (List<CustomerUser> page = mapper.withNameParts(null, PAGE); !page.isEmpty();
                    page = mapper.withNameParts(after, PAGE)) {
                for (CustomerUser user : page) {
                    WordRows.drop(mapper, user);
                    WordRows.store(mapper, lower(user.login()), SearchWords.stored(user));
                }
                after = lower(page.get(page.size() - 1).login());
            }
            mapper.deleteTask(TASK);
            return null;
        });
    }
}
