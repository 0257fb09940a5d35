package se.samverka.directory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentrePageSection;
import se.samverka.centre.CentreView;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A link to the centre's public activities, on the centre's page, for those who manage them. */
@Component
@Order(25)
class ActivityCentreSection implements CentrePageSection {

    private final ActivityWork work;

    ActivityCentreSection(ActivityWork work) {
        this.work = work;
    }

    @Override
    public Optional<Section> section(CentreView centre, Set<CentreAction> may) {
        if (!may.contains(CentreAction.PREPARE)) {
            return Optional.empty();
        }
        long published = work.ofCentre(centre.id()).stream()
                .filter(a -> a.state() == ActivityState.PUBLISHED && !a.lastDay().isBefore(work.today())).count();
        return Optional.of(new Section("directory/centre-section", Map.of("centreId", centre.id(),
                "published", published)));
    }
}
