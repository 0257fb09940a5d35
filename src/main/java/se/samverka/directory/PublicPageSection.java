package se.samverka.directory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentrePageSection;
import se.samverka.centre.CentreView;
import se.samverka.centre.PublicListing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** On a covered centre's page: whether its public page is published, and the way to edit it. */
@Component
@Order(80)
class PublicPageSection implements CentrePageSection {

    private final PublicPageWork work;
    private final PublicListing listing;

    PublicPageSection(PublicPageWork work, PublicListing listing) {
        this.work = work;
        this.listing = listing;
    }

    @Override
    public Optional<Section> section(CentreView centre, Set<CentreAction> may) {
        if (listing.covered(centre.id()).isEmpty()) {
            return Optional.empty();
        }
        var page = work.read(centre.id()).page();
        Map<String, Object> model = new HashMap<>();
        model.put("centreId", centre.id());
        model.put("published", page.filter(PublicPage::isPublished)
                .map(p -> LocalDate.ofInstant(p.publishedAt(), PublicCentre.SWEDEN)).orElse(null));
        model.put("unpublishedChanges", page.map(PublicPage::unpublishedChanges).orElse(false));
        return Optional.of(new Section("directory/public-page-section", model));
    }
}
