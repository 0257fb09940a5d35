package se.samverka.centre;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Collection;
import java.util.List;

interface Proposals extends ListCrudRepository<Proposal, Long> {

    List<Proposal> findByCentreIdAndStatusOrderById(long centreId, Proposal.Status status);

    List<Proposal> findByPrincipalIdInAndStatusOrderById(Collection<Long> principalIds, Proposal.Status status);
}
