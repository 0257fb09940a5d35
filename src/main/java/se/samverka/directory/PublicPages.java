package se.samverka.directory;

import org.springframework.data.repository.ListCrudRepository;

/** The centres' public pages, one per centre, by the centre's id. */
interface PublicPages extends ListCrudRepository<PublicPage, Long> {
}
