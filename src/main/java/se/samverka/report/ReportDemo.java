package se.samverka.report;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.centre.CentreRegistry;

/**
 * The demo's activity report for last year: a draft compiled through the service from what Samverka knows of the
 * centre (its operations, coordinator and local agreement), for the coordinator to write on and adopt.
 */
@Component
@Profile("demo")
public class ReportDemo {

    private final ReportWork work;
    private final CentreRegistry registry;

    ReportDemo(ReportWork work, CentreRegistry registry) {
        this.work = work;
        this.registry = registry;
    }

    @Transactional
    public void draft(long centreId) {
        work.compile(registry.view(centreId).orElseThrow(), work.thisYear() - 1);
    }
}
