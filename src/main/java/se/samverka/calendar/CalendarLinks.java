package se.samverka.calendar;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

/** Every subscription link ever made; revoked ones are kept. */
interface CalendarLinks extends ListCrudRepository<CalendarLink, Long> {

    @Query("select * from calendar_link where lower(username) = lower(:username) and revoked_at is null")
    Optional<CalendarLink> findActive(String username);

    @Query("select * from calendar_link where token_sha256 = :sha256 and revoked_at is null")
    Optional<CalendarLink> findActiveByToken(String sha256);
}
