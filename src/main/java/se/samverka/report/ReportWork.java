package se.samverka.report;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.platform.Texts;
import se.samverka.centre.CentreView;
import se.samverka.meeting.MeetingYears;
import se.samverka.plan.PlanYears;
import se.samverka.platform.Refusal;
import se.samverka.platform.RequestMemo;
import se.samverka.rules.ReportState;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compiling, editing, adopting and correcting a centre's activity reports. Does not authorise: the pages decide
 * first. A report's text names the coordinator and holds what the coordinator wrote, so every read of it and every
 * change is audited.
 */
@Service
class ReportWork {

    static final String AUDIT_TYPE = "activity_report";

    private final ActivityReports reports;
    private final ReportCorrections corrections;
    private final ReportWriter writer;
    private final PlanYears plans;
    private final MeetingYears meetings;
    private final AuditLog audit;
    private final Clock clock;
    private final Texts labels;

    ReportWork(ActivityReports reports, ReportCorrections corrections, ReportWriter writer, PlanYears plans,
               MeetingYears meetings, AuditLog audit, Clock clock, Texts labels) {
        this.reports = reports;
        this.corrections = corrections;
        this.writer = writer;
        this.plans = plans;
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
        this.labels = labels;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    int thisYear() {
        return today().getYear();
    }

    /** The years a report may be compiled for: those of the centre's plans, this year and last year; latest first. */
    @Transactional(readOnly = true)
    public SortedSet<Integer> years(long centreId) {
        SortedSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(plans.years(centreId));
        years.add(thisYear());
        years.add(thisYear() - 1);
        return years;
    }

    /** The centre's reports, for lists that show only year and status; not audited. */
    @Transactional(readOnly = true)
    public List<ActivityReport> reports(long centreId) {
        return reports.findByCentreIdOrderByYearDesc(centreId);
    }

    /** What R11.2b needs of the centre's report for a year, read once per GET request; not audited. */
    public ReportState state(long centreId, int year) {
        return RequestMemo.remember("report-state-" + centreId + "-" + year, () -> reports.adoptedIn(centreId, year)
                .map(adopted -> new ReportState(year, true, adopted))
                .orElseGet(() -> ReportState.none(year)));
    }

    /** The report as stored, to check a change against before it is made; not audited, nothing of it is shown. */
    @Transactional(readOnly = true)
    Optional<ActivityReport> current(long centreId, int year) {
        return reports.findByCentreIdAndYear(centreId, year);
    }

    /** The report with its text; the read is audited. */
    @Transactional
    public Optional<ActivityReport> read(long centreId, int year) {
        Optional<ActivityReport> report = reports.findByCentreIdAndYear(centreId, year);
        report.ifPresent(r -> audit.read(AUDIT_TYPE, r.id(), "verksamhetsberättelse " + year));
        return report;
    }

    @Transactional(readOnly = true)
    public List<ReportCorrection> corrections(ActivityReport report) {
        return corrections.findByReportIdOrderByIdAsc(report.id());
    }

    @Transactional
    public void compile(CentreView centre, int year) {
        if (!years(centre.id()).contains(year)) {
            throw new Refusal("report.refused.year", String.valueOf(year));
        }
        if (reports.findByCentreIdAndYear(centre.id(), year).isPresent()) {
            throw new Refusal("report.refused.exists", String.valueOf(year));
        }
        ActivityReport report;
        try {
            report = reports.save(ActivityReport.compile(centre.id(), year, facts(centre, year), clock.instant()));
        } catch (DuplicateKeyException compiledMeanwhile) {
            throw new Refusal("report.refused.exists", String.valueOf(year));
        }
        audit.record(AuditAction.CREATE, AUDIT_TYPE, report.id(), "verksamhetsberättelse för " + year + " sammanställd");
    }

    @Transactional
    public void edit(long centreId, int year, Map<ReportSection, String> texts, int expectedVersion) {
        ActivityReport report = existing(centreId, year);
        List<ReportSection> changed = report.edit(texts, expectedVersion);
        reports.save(report);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, report.id(), "text ändrad i " + sections(changed));
    }

    @Transactional
    public void refresh(CentreView centre, int year, int expectedVersion) {
        ActivityReport report = existing(centre.id(), year);
        report.expectChangeable(expectedVersion);
        List<ReportSection> edited = report.edited();
        report.refresh(facts(centre, year), clock.instant(), expectedVersion);
        reports.save(report);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, report.id(), "uppgifterna hämtade på nytt"
                + (edited.isEmpty() ? "" : ", ändringar ersatta i " + sections(edited)));
    }

    @Transactional
    public void adopt(long centreId, int year, String by, String name, int expectedVersion) {
        ActivityReport report = existing(centreId, year);
        report.adopt(by, name, clock.instant(), expectedVersion);
        reports.save(report);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, report.id(), "verksamhetsberättelse för " + year + " fastställd");
    }

    @Transactional
    public void correct(long centreId, int year, ReportSection section, String text, String recordedBy) {
        ActivityReport report = existing(centreId, year);
        if (!report.adopted()) {
            throw new Refusal("report.refused.correction-before-adoption");
        }
        corrections.save(new ReportCorrection(null, report.id(), section, text, recordedBy, clock.instant()));
        audit.record(AuditAction.CREATE, AUDIT_TYPE, report.id(), "rättelse av " + sections(List.of(section)));
    }

    /** "Om familjecentralen, Aktiviteter". */
    private String sections(List<ReportSection> sections) {
        return sections.stream().map(s -> labels.message("report.section." + s.name())).collect(Collectors.joining(", "));
    }

    private Map<ReportSection, String> facts(CentreView centre, int year) {
        return writer.write(centre, year, plans.of(centre.id(), year), meetings.of(centre.id(), year), today());
    }

    private ActivityReport existing(long centreId, int year) {
        return reports.findByCentreIdAndYear(centreId, year)
                .orElseThrow(() -> Refusal.absent("report.refused.no-report", String.valueOf(year)));
    }
}
