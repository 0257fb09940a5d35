package se.samverka.premises;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentrePageSection;
import se.samverka.centre.CentreView;
import se.samverka.identity.Actor;

import java.util.Map;
import java.util.Optional;

/** The shared areas and when each fire-safety check is next due, on the centre's page. */
@Component
@Order(20)
class PremisesCentreSection implements CentrePageSection {

    private final PremisesWork work;

    PremisesCentreSection(PremisesWork work) {
        this.work = work;
    }

    @Override
    public Optional<Section> section(CentreView centre, Actor actor) {
        Premises premises = work.read(centre.id());
        return Optional.of(new Section("premises/centre-section", Map.of(
                "centreId", centre.id(),
                "areas", premises.areas(),
                "representative", premises.fireSafety().representative() == null ? ""
                        : premises.fireSafety().representative(),
                "due", work.due(premises, work.log(centre.id())))));
    }
}
