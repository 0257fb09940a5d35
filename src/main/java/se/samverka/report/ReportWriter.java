package se.samverka.report;

import org.springframework.stereotype.Component;
import se.samverka.centre.CentreView;
import se.samverka.meeting.MeetingKind;
import se.samverka.meeting.MeetingYear;
import se.samverka.plan.ActivityKind;
import se.samverka.plan.PlanYear;
import se.samverka.platform.Texts;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.Outcome;
import se.samverka.rules.R11_1c;
import se.samverka.rules.RB3c;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Writes the sections of facts of an activity report in plain Swedish: the centre as the registry has it, the
 * meetings held against the local agreement (R11.1c, R9, RB3c), the plan's goals and their follow-up, the planned
 * activities (RB3d) and the plan's overall evaluation. Dates read "12 mars 2025", hours "2,5 timmar". No names
 * other than the coordinator's, which the centre's page shows.
 */
@Component
class ReportWriter {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);

    private final Texts texts;

    ReportWriter(Texts texts) {
        this.texts = texts;
    }

    /** What the report of {@code year} says from the facts, judged on {@code today}. */
    Map<ReportSection, String> write(CentreView centre, int year, Optional<PlanYear> plan, MeetingYear meetings,
                                     LocalDate today) {
        Map<ReportSection, String> sections = new EnumMap<>(ReportSection.class);
        sections.put(ReportSection.ABOUT, about(centre));
        sections.put(ReportSection.GOVERNANCE, governance(centre, year, meetings, today));
        sections.put(ReportSection.GOALS, goals(year, plan));
        sections.put(ReportSection.ACTIVITIES, activities(centre, year, plan));
        sections.put(ReportSection.EVALUATION, evaluation(year, plan));
        return sections;
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** Hours with a decimal comma and no more decimals than needed: "2", "2,5", "1,75". */
    static String hours(BigDecimal hours) {
        return number(hours) + (hours.compareTo(BigDecimal.ONE) == 0 ? " timme" : " timmar");
    }

    private String about(CentreView centre) {
        Text text = new Text();
        String kind = switch (centre.classification().kind()) {
            case FAMILY_CENTRE -> "är en familjecentral enligt samverkansavtalet (avsnitt 8.2)";
            case FAMILY_CENTRE_LIKE -> "är en familjecentralsliknande verksamhet enligt samverkansavtalet (avsnitt 8.3)";
            case NOT_COVERED -> "omfattas inte av samverkansavtalet för familjecentraler";
        };
        text.line(centre.name() + " " + kind + ". Den ligger på " + centre.address().street() + ", "
                + centre.address().postalCode() + " " + centre.address().city() + " i "
                + centre.municipality().name() + (centre.prioritisedArea()
                ? ", i ett socioekonomiskt prioriterat område." : "."));
        text.blank();
        if (centre.participations().isEmpty()) {
            text.line("Inga basverksamheter ingår.");
        } else {
            text.line("Basverksamheter som ingår:");
            centre.participations().stream()
                    .sorted(java.util.Comparator.comparing(CentreView.ParticipationView::operation))
                    .forEach(p -> text.item(capitalised(texts.operation(p.operation())) + ": " + p.unit().name()
                            + " (" + p.unit().principal().name() + "), "
                            + (p.coLocated() ? "samlokaliserad" : "inte samlokaliserad")));
        }
        text.blank();
        if (centre.otherActors().isEmpty()) {
            text.line("Inga andra samhällsaktörer deltar.");
        } else {
            StringJoiner actors = new StringJoiner(", ", "Andra samhällsaktörer som deltar: ", ".");
            centre.otherActors().forEach(a -> actors.add(texts.message("actor." + a.actor().name())
                    + (a.description() == null ? "" : " (" + a.description() + ")")));
            text.line(actors.toString());
        }
        text.blank();
        CentreView.CoordinatorView coordinator = centre.coordinator();
        text.line(coordinator == null ? "Familjecentralen har ingen samordnare."
                : "Samordnare är " + coordinator.name() + " med en tjänstgöringsgrad på " + coordinator.serviceGrade()
                + " procent, anställd av " + coordinator.employer().name() + ".");
        return text.toString();
    }

    private String governance(CentreView centre, int year, MeetingYear meetings, LocalDate today) {
        Text text = new Text();
        boolean ongoing = year == today.getYear();
        String during = ongoing ? "hittills under " + year : "under " + year;
        text.line(centre.steeringGroup() == null ? "Familjecentralen har ingen styrgrupp."
                : "Familjecentralen leds av " + centre.steeringGroup().name() + ".");
        text.blank();

        text.line("Styrgruppens möten med samordnaren (avsnitt 11.1):");
        int held = meetings.steeringHeld();
        StringBuilder steering = new StringBuilder("Styrgruppen möttes med samordnaren " + times(held) + " " + during
                + ".");
        Integer agreed = meetings.steeringAgreedPerYear();
        if (agreed == null) {
            steering.append(" Inget undertecknat lokalt samverkansavtal angav hur ofta styrgruppen skulle mötas.");
        } else {
            LocalDate judged = ongoing ? today : LocalDate.of(year, 12, 31);
            boolean met = R11_1c.RULE.check(agreed, held, judged).outcome() == Outcome.MET;
            steering.append(" Enligt det lokala samverkansavtalet ska styrgruppen mötas ").append(times(agreed))
                    .append(" per år");
            if (ongoing) {
                steering.append(", ").append(times(R11_1c.due(agreed, today))).append(" hittills i år");
            }
            steering.append(met ? ", och det har den gjort." : ", och den har mötts färre gånger än så.");
        }
        text.line(steering.toString());
        text.blank();

        text.line("Samverkansmöten där alla samverkansparter är representerade (bilaga 1):");
        if (meetings.months().isEmpty()) {
            text.line("Året har inte börjat.");
        } else {
            text.line("Samverkansmötena pågick sammanlagt " + hours(meetings.cooperationHours()) + " " + during
                    + (meetings.hoursAgreed() ? ", mot " + hours(meetings.agreedHours())
                    + " enligt det lokala samverkansavtalet." : ". Inget undertecknat lokalt samverkansavtal angav "
                    + "timmar per månad för samverkansmöten."));
            if (meetings.hoursAgreed()) {
                text.line("Hållna timmar per månad mot överenskomna:");
                meetings.months().forEach(m -> text.item(month(m.month().getMonthValue()) + ": "
                        + (m.agreed() == null ? hours(m.held()) + " (inga överenskomna timmar)"
                        : number(m.held()) + " av " + hours(m.agreed()))));
            }
        }
        text.blank();

        text.line("Barnmorskans deltagande i samverkansmöten (bilaga 3):");
        boolean midwife = centre.participations().stream().anyMatch(p -> p.operation() == BaseOperation.MIDWIFE_CLINIC);
        if (!midwife) {
            text.line("Barnmorskemottagningen ingår inte i familjecentralen.");
        } else {
            text.line("En barnmorska deltog " + hours(meetings.midwifeSpring()) + " under vårterminen"
                    + (ongoing && today.getMonthValue() <= 6 ? "" : " och " + hours(meetings.midwifeAutumn())
                    + " under hösterminen") + ", mot cirka " + hours(RB3c.HOURS_PER_TERM) + " per termin.");
        }
        text.blank();

        text.line("Hållna möten " + during + ":");
        if (meetings.meetings().isEmpty()) {
            text.line("Inga möten är registrerade som hållna.");
        }
        meetings.meetings().forEach(m -> {
            StringJoiner line = new StringJoiner(", ", day(m.date()) + ": ", "");
            line.add(m.kind() == MeetingKind.STEERING_GROUP ? "styrgruppsmöte" : "samverkansmöte");
            line.add(hours(m.hours()));
            if (midwife && m.kind() == MeetingKind.COOPERATION) {
                line.add(m.midwifeAttended() ? "barnmorska närvarande" : "ingen barnmorska närvarande");
            }
            line.add(m.decisions() == 0 ? "inga beslut" : m.decisions() == 1 ? "1 beslut" : m.decisions() + " beslut");
            line.add(m.approved() ? "protokollet justerat" : "protokollet inte justerat");
            text.item(line.toString());
        });
        return text.toString();
    }

    private String goals(int year, Optional<PlanYear> plan) {
        if (plan.isEmpty()) {
            return "Det finns ingen verksamhetsplan för " + year + " i Samverka.";
        }
        PlanYear p = plan.get();
        long withdrawn = p.goals().stream().filter(PlanYear.GoalOutcome::withdrawn).count();
        long pursued = p.goals().size() - withdrawn;
        if (p.goals().isEmpty()) {
            return "Verksamhetsplanen för " + year + " har inga mål.";
        }
        Text text = new Text();
        text.line("Verksamhetsplanen för " + year + " har " + (pursued == 0 ? "inga mål" : pursued == 1 ? "ett mål" : pursued + " mål")
                + (withdrawn == 0 ? "" : withdrawn == 1 ? " och ett återtaget mål" : " och " + withdrawn
                + " återtagna mål") + ". " + (p.adopted() ? "Planen och utvärderingen fastställdes "
                + day(p.adoptedOn()) + "." : "Planen och utvärderingen är inte fastställda."));
        for (int i = 0; i < p.goals().size(); i++) {
            PlanYear.GoalOutcome goal = p.goals().get(i);
            text.blank();
            text.line("Mål " + (i + 1) + ": " + goal.text() + (goal.withdrawn() ? " (återtaget)" : ""));
            text.line("Indikator: " + goal.indicator());
            text.line("Målvärde: " + goal.target());
            text.line("Ansvariga: " + texts.operations(goal.operations(), "conjunction.and"));
            text.line(goal.latestValue() == null ? "Senaste uppföljning: ingen uppföljning registrerad."
                    : "Senaste uppföljning: " + goal.latestValue() + " (" + day(goal.latestOn()) + ")");
            text.line(goal.withdrawn() ? "Bedömning: målet återtogs under året och bedöms inte."
                    : goal.assessment() == null ? "Bedömning: inte bedömt."
                    : "Bedömning: " + texts.message("plan.assessment." + goal.assessment().name())
                    + (goal.assessmentComment() == null ? "" : " – " + goal.assessmentComment()));
            goal.corrections().forEach(c -> text.line(correction(c)));
        }
        return text.toString();
    }

    private String activities(CentreView centre, int year, Optional<PlanYear> plan) {
        if (plan.isEmpty()) {
            return "Det finns ingen verksamhetsplan för " + year + " i Samverka, och därmed inga planerade aktiviteter.";
        }
        List<PlanYear.PlannedActivity> activities = plan.get().activities();
        Text text = new Text();
        text.line(activities.isEmpty() ? "Verksamhetsplanen för " + year + " har inga planerade aktiviteter."
                : "Verksamhetsplanen för " + year + " har " + (activities.size() == 1 ? "en planerad aktivitet."
                : activities.size() + " planerade aktiviteter."));
        for (ActivityKind kind : ActivityKind.values()) {
            List<PlanYear.PlannedActivity> ofKind = activities.stream().filter(a -> a.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            text.blank();
            text.line(texts.message("plan.activity." + kind.name()) + " (" + ofKind.size() + "):");
            ofKind.forEach(a -> text.item((a.plannedOn() != null ? day(a.plannedOn()) : month(a.month()) + " " + year)
                    + ": " + a.title() + " (" + texts.operations(a.operations(), "conjunction.and") + ")"));
        }
        if (centre.participations().stream().anyMatch(p -> p.operation() == BaseOperation.MIDWIFE_CLINIC)) {
            long sessions = activities.stream().filter(a -> a.kind() == ActivityKind.PARENT_EDUCATION).count();
            text.blank();
            text.line(sessions == 0
                    ? "Inget tillfälle av barnmorskemottagningens föräldrautbildning var planerat på familjecentralen "
                    + "(bilaga 3: ett tillfälle av varje föräldrautbildning hålls på familjecentralen)."
                    : "Barnmorskemottagningens föräldrautbildning var planerad på familjecentralen vid "
                    + (sessions == 1 ? "ett tillfälle" : sessions + " tillfällen")
                    + " (bilaga 3: ett tillfälle av varje föräldrautbildning hålls på familjecentralen).");
        }
        return text.toString();
    }

    private String evaluation(int year, Optional<PlanYear> plan) {
        if (plan.isEmpty()) {
            return "Det finns ingen verksamhetsplan för " + year + " i Samverka att utvärdera.";
        }
        PlanYear p = plan.get();
        Text text = new Text();
        text.line(p.overallEvaluation() == null
                ? "Verksamhetsplanens utvärdering av helheten är inte skriven ännu." : p.overallEvaluation());
        p.corrections().forEach(c -> {
            text.blank();
            text.line(correction(c));
        });
        return text.toString();
    }

    private static String correction(PlanYear.CorrectionNote note) {
        return "Rättelse " + day(note.recordedOn()) + ": " + note.text();
    }

    private String month(int month) {
        return texts.message("plan.month." + month);
    }

    private static String times(int count) {
        return count == 1 ? "en gång" : count + " gånger";
    }

    private static String number(BigDecimal hours) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(SWEDISH)).format(hours);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(SWEDISH) + text.substring(1);
    }

    /** Lines of plain text; items of a list start with a dash. */
    private static final class Text {

        private final StringBuilder out = new StringBuilder();

        void line(String line) {
            out.append(line).append('\n');
        }

        void item(String item) {
            line("– " + item);
        }

        void blank() {
            out.append('\n');
        }

        @Override
        public String toString() {
            return out.toString().strip();
        }
    }
}
