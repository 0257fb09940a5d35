package se.samverka.organisation;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface Units extends ListCrudRepository<Unit, Long> {

    List<Unit> findByPrincipalId(Long principalId);
}
