package se.samverka.directory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.centre.PublicListing;
import se.samverka.platform.Refusal;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Edits, publishes and unpublishes a centre's public page; only a centre the agreement covers has one, and every
 * change is audited (by the centre's id, the page holds no personal data).
 */
@Service
class PublicPageWork {

    static final String AUDIT_TYPE = "public-page";

    /** A page as the editor sees it: the draft, what is published, and the row's state. */
    record Editing(PublicInfo draft, Optional<PublicInfo> published, Optional<PublicPage> page) {

        int version() {
            return page.map(PublicPage::version).orElse(0);
        }
    }

    private final PublicPages pages;
    private final PublicListing listing;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    PublicPageWork(PublicPages pages, PublicListing listing, AuditLog audit, JsonMapper json, Clock clock) {
        this.pages = pages;
        this.listing = listing;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Editing read(long centreId) {
        Optional<PublicPage> page = pages.findById(centreId);
        return new Editing(page.map(p -> info(p.draft())).orElse(PublicInfo.EMPTY),
                page.map(PublicPage::published).map(this::info), page);
    }

    /** Changes the draft with {@code change}; the public still sees what was published. */
    @Transactional
    void edit(long centreId, UnaryOperator<PublicInfo> change, int expectedVersion, String what) {
        covered(centreId);
        PublicPage page = pages.findById(centreId)
                .orElseGet(() -> PublicPage.start(centreId, write(PublicInfo.EMPTY), clock.instant()));
        page.edit(write(change.apply(info(page.draft()))), clock.instant(), expectedVersion);
        pages.save(page);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, centreId, "utkast ändrat: " + what);
    }

    @Transactional
    void publish(long centreId, String by, int expectedVersion) {
        covered(centreId);
        PublicPage page = pages.findById(centreId)
                .orElseThrow(() -> new Refusal("directory.edit.refused.nothing-to-publish"));
        page.publish(by, clock.instant(), expectedVersion);
        pages.save(page);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, centreId, "publicerad");
    }

    @Transactional
    void unpublish(long centreId, int expectedVersion) {
        PublicPage page = pages.findById(centreId)
                .orElseThrow(() -> new Refusal("directory.edit.refused.not-published"));
        page.unpublish(clock.instant(), expectedVersion);
        pages.save(page);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, centreId, "avpublicerad");
    }

    int version(long centreId) {
        return pages.findById(centreId).map(PublicPage::version).orElse(0);
    }

    PublicInfo info(String stored) {
        return json.readValue(stored, PublicInfo.class);
    }

    private String write(PublicInfo info) {
        return json.writeValueAsString(info);
    }

    private void covered(long centreId) {
        if (listing.covered(centreId).isEmpty()) {
            throw new Refusal("directory.edit.refused.not-covered");
        }
    }
}
