package se.samverka.directory;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.samverka.centre.PublicListing.Listed;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.Organisations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

/** A centre's public page, from what it published, or from its draft in the coordinator's preview. */
@Component
class PublicCentrePages {

    private final Organisations organisations;
    private final StructuredData structuredData;
    private final Clock clock;
    private final Occurrences occurrences;

    PublicCentrePages(Organisations organisations, StructuredData structuredData, Clock clock,
                      Occurrences occurrences) {
        this.organisations = organisations;
        this.structuredData = structuredData;
        this.clock = clock;
        this.occurrences = occurrences;
    }

    /** Fills the model of {@code directory/centre} and names it. */
    String show(Listed centre, PublicInfo info, Instant publishedAt, Language language, Model model,
                boolean preview) {
        Municipality municipality = organisations.municipality(centre.municipalityCode()).orElseThrow();
        PublicCentre view = PublicCentre.of(centre, info, publishedAt, language, LocalDateTime.now(clock));
        model.addAttribute("centre", centre);
        model.addAttribute("view", view);
        model.addAttribute("municipality", municipality);
        model.addAttribute("preview", preview);
        model.addAttribute("structuredData", structuredData.of(view, municipality, language,
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
        model.addAttribute("upcoming", occurrences.upcoming(centre, language.locale()));
        return "directory/centre";
    }
}
