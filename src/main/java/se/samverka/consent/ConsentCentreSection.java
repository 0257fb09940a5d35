package se.samverka.consent;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentrePageSection;
import se.samverka.centre.CentreView;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Confidentiality between the operations on the centre's page: where the figures are, never a person (R13d). */
@Component
@Order(90)
class ConsentCentreSection implements CentrePageSection {

    @Override
    public Optional<Section> section(CentreView centre, Set<CentreAction> may) {
        return Optional.of(new Section("consent/centre-section", Map.of("centreId", centre.id())));
    }
}
