package se.samverka.meeting;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** Every centre's meetings. */
interface Meetings extends ListCrudRepository<Meeting, Long> {

    List<Meeting> findByCentreIdOrderByStartsAtAscIdAsc(long centreId);
}
