package org.helpdesk.platform.tickets.internal.db;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.helpdesk.platform.api.tickets.dto.Ticket;

/** SQL of the ticket tables. */
public interface TicketMapper {

    int advanceCounter(@Param("count") int count);

    long counterValue();

    int insert(@Param("id") long id, @Param("number") String number, @Param("title") String title, @Param("titleLc") String titleLc,
            @Param("state") String state, @Param("customerId") String customerId,
            @Param("customerIdLc") String customerIdLc, @Param("customerUser") String customerUser,
            @Param("customerUserLc") String customerUserLc, @Param("at") Instant at, @Param("actor") String actor);

    Ticket findByNumber(@Param("number") String number);

    int updateState(@Param("number") String number, @Param("state") String state, @Param("at") Instant at,
            @Param("actor") String actor);

    List<Ticket> search(@Param("words") List<String> words, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("words") List<String> words);

    List<Ticket> visible(@Param("q") VisibleQuery query);

    long countVisible(@Param("q") VisibleQuery query);

    /** @return whether a ticket with exactly this title exists for this customer user (demo data) */
    long countByTitle(@Param("title") String title, @Param("customerUserLc") String customerUserLc);

    int renameCustomerId(@Param("oldLc") String oldLc, @Param("customerId") String customerId,
            @Param("customerIdLc") String customerIdLc);

    int renameCustomerUser(@Param("oldLc") String oldLc, @Param("login") String login,
            @Param("loginLc") String loginLc);
}
