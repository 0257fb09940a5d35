package se.samverka.premises;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentrePageSection;
import se.samverka.centre.CentreView;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The shared areas and when each fire-safety check is next due, on the centre's page. */
@Component
@Order(20)
class PremisesCentreSection implements CentrePageSection {

    private final PremisesWork work;

    PremisesCentreSection(PremisesWork work) {
        this.work = work;
    }

    @Override
    public Optional<Section> section(CentreView centre, Set<CentreAction> may) {
        Premises premises = work.read(centre.id());
        return Optional.of(new Section("premises/centre-section", Map.of(
                "centreId", centre.id(),
                "areas", premises.areas(),
                "representative", premises.fireSafety().representative() == null ? ""
                        : premises.fireSafety().representative(),
                "due", work.due(premises, work.latest(centre.id())))));
    }
}
