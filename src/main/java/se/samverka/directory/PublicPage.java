package se.samverka.directory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.platform.Refusal;

import java.time.Instant;
import java.util.Objects;

/**
 * A centre's public page: the draft the coordinator edits (JSON of {@link PublicInfo}) and what was last published of
 * it. Publishing copies the draft as it stands; unpublishing leaves the public only the registry's facts.
 */
@Table("public_page")
class PublicPage {

    @Id
    private final long centreId;
    private String draft;
    private String published;
    private Instant publishedAt;
    private String publishedBy;
    private Instant changedAt;
    @Version
    private int version;

    @PersistenceCreator
    PublicPage(long centreId, String draft, String published, Instant publishedAt, String publishedBy,
               Instant changedAt, int version) {
        this.centreId = centreId;
        this.draft = Objects.requireNonNull(draft);
        this.published = published;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.changedAt = Objects.requireNonNull(changedAt);
        this.version = version;
    }

    /** A page not yet saved, its draft empty. */
    static PublicPage start(long centreId, String emptyDraft, Instant at) {
        return new PublicPage(centreId, emptyDraft, null, null, null, at, 0);
    }

    /** Replaces the draft; the public still sees what was published. */
    void edit(String draft, Instant at, int expectedVersion) {
        expect(expectedVersion);
        this.draft = Objects.requireNonNull(draft);
        this.changedAt = Objects.requireNonNull(at);
    }

    /** Publishes the draft as it stands. */
    void publish(String by, Instant at, int expectedVersion) {
        expect(expectedVersion);
        if (draft.equals(published)) {
            throw new Refusal("directory.edit.refused.nothing-to-publish");
        }
        this.published = draft;
        this.publishedBy = Objects.requireNonNull(by);
        this.publishedAt = Objects.requireNonNull(at);
        this.changedAt = at;
    }

    /** Takes the published page back: the public sees the registry's facts only, the draft stays. */
    void unpublish(Instant at, int expectedVersion) {
        expect(expectedVersion);
        if (published == null) {
            throw new Refusal("directory.edit.refused.not-published");
        }
        this.published = null;
        this.publishedBy = null;
        this.publishedAt = null;
        this.changedAt = at;
    }

    private void expect(int expectedVersion) {
        if (expectedVersion != version) {
            throw new OptimisticLockingFailureException("public page changed meanwhile");
        }
    }

    long centreId() {
        return centreId;
    }

    String draft() {
        return draft;
    }

    String published() {
        return published;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public int version() {
        return version;
    }

    public boolean isPublished() {
        return published != null;
    }

    /** Whether the draft holds changes the public does not see yet. */
    public boolean unpublishedChanges() {
        return !draft.equals(published);
    }
}
