package se.samverka.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the centres have published, as the public pages read it: kept in memory and read again only when a page has
 * changed. Each change of a page raises its version and no page is ever deleted, so the sum of the versions tells in
 * one statement, for every instance of Samverka alike, whether what is kept is still what is stored.
 */
@Component
class PublishedPages {

    /** A centre's published information and when it was published. */
    record Published(long centreId, PublicInfo info, Instant publishedAt) {
    }

    private record Row(long centreId, String published, Instant publishedAt) {
    }

    private record Snapshot(long version, Map<Long, Published> byCentre) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(-1, Map.of()));

    PublishedPages(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    Optional<Published> of(long centreId) {
        return Optional.ofNullable(current().byCentre().get(centreId));
    }

    @Transactional(readOnly = true)
    Map<Long, Published> all() {
        return current().byCentre();
    }

    private Snapshot current() {
        long version = jdbc.sql("select coalesce(sum(version), 0) from public_page").query(Long.class).single();
        Snapshot kept = snapshot.get();
        if (kept.version() == version) {
            return kept;
        }
        Map<Long, Published> published = jdbc.sql("""
                        select centre_id, published, published_at from public_page where published is not null""")
                .query(Row.class).list().stream()
                .map(r -> new Published(r.centreId(), json.readValue(r.published(), PublicInfo.class),
                        r.publishedAt()))
                .collect(Collectors.toUnmodifiableMap(Published::centreId, Function.identity()));
        Snapshot read = new Snapshot(version, published);
        snapshot.set(read);
        return read;
    }
}
