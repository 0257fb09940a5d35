package se.samverka.plan;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.rules.BaseOperation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

/** The demo's operational plan for this year: two goals, activities and a follow-up, made through the service. */
@Component
@Profile("demo")
public class PlanDemo {

    private final PlanWork work;
    private final Clock clock;

    PlanDemo(PlanWork work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    @Transactional
    public void draw(long centreId) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        work.draw(centreId, year);
        work.add(centreId, year, Goal.of("Fler pappor deltar i föräldragrupperna.",
                "Andel pappor bland deltagarna i föräldragrupperna under året.", "Minst 40 procent",
                EnumSet.of(BaseOperation.CHILD_HEALTH, BaseOperation.OPEN_PRESCHOOL)), version(centreId, year));
        work.add(centreId, year, Goal.of("Alla familjer med nyfödda får veta vad familjecentralen erbjuder.",
                "Andel nyblivna föräldrar som fått familjecentralens välkomstbesök.", "90 procent",
                EnumSet.of(BaseOperation.MIDWIFE_CLINIC, BaseOperation.CHILD_HEALTH,
                        BaseOperation.PREVENTIVE_SOCIAL_SERVICES)), version(centreId, year));
        work.add(centreId, year, Activity.of(ActivityKind.PARENT_EDUCATION, "Föräldrautbildning: förlossningen",
                null, 3, EnumSet.of(BaseOperation.MIDWIFE_CLINIC)), version(centreId, year));
        work.add(centreId, year, Activity.of(ActivityKind.JOINT_TRAINING, "Gemensam utbildning om barnkonventionen",
                null, 9, EnumSet.of(BaseOperation.MIDWIFE_CLINIC, BaseOperation.CHILD_HEALTH,
                        BaseOperation.OPEN_PRESCHOOL, BaseOperation.PREVENTIVE_SOCIAL_SERVICES)), version(centreId, year));
    }

    private int version(long centreId, int year) {
        return work.plan(centreId, year).orElseThrow().version();
    }
}
