package se.samverka.agreement;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface Agreements extends ListCrudRepository<Agreement, Long> {

    List<Agreement> findByCentreIdOrderByCreatedAt(long centreId);

    List<Agreement> findBySeriesOrderByNumber(UUID series);
}
