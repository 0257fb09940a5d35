package se.samverka.meeting;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** The corrections of every meeting's minutes. */
interface MinuteCorrections extends ListCrudRepository<Correction, Long> {

    List<Correction> findByMeetingIdOrderByItemKeyAscIdAsc(long meetingId);
}
