package se.samverka.identity;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Its queries run in a read-only transaction, so that an aggregate's collections are read over the connection that
 * read the aggregate, not a second one taken while the first is held (which locks the pool under load).
 */
@Transactional(readOnly = true)
interface Users extends ListCrudRepository<User, Long> {

    @Query("select * from app_user where lower(username) = lower(:username)")
    Optional<User> findByUsername(String username);

    @Query("select exists (select 1 from user_grant where role = 'COUNTY_ADMIN')")
    boolean anyCountyAdmin();

    /** Replaces the password hash if it is still {@code oldHash}; true when it was. */
    @Modifying
    @Transactional
    @Query("""
            update app_user set password_hash = :newHash, version = version + 1
            where id = :id and password_hash = :oldHash""")
    boolean replacePasswordHash(long id, String oldHash, String newHash);
}
