package se.samverka.report;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentrePageSection;
import se.samverka.centre.CentreView;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Last year's activity report on the centre's page: its status, and links to it and to every year's. */
@Component
@Order(40)
class ReportCentreSection implements CentrePageSection {

    private final ReportWork work;

    ReportCentreSection(ReportWork work) {
        this.work = work;
    }

    @Override
    public Optional<Section> section(CentreView centre, Set<CentreAction> may) {
        int year = work.thisYear() - 1;
        Map<String, Object> model = new HashMap<>();
        model.put("centreId", centre.id());
        model.put("year", year);
        model.put("state", work.state(centre.id(), year));
        return Optional.of(new Section("report/centre-section", model));
    }
}
