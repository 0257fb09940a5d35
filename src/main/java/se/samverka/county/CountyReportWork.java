package se.samverka.county;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.agreement.AgreementFollowUp;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.centre.CentreCompliance;
import se.samverka.centre.CentreHistory;
import se.samverka.centre.CentreState;
import se.samverka.consent.ConsentYears;
import se.samverka.identity.Actor;
import se.samverka.meeting.MeetingYears;
import se.samverka.organisation.Organisations;
import se.samverka.plan.PlanYears;
import se.samverka.platform.Refusal;
import se.samverka.platform.Texts;
import se.samverka.report.ReportYears;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Finding;
import se.samverka.rules.Outcome;
import se.samverka.rules.R14d;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compiling, writing, adopting and correcting the county's yearly follow-up report. Does not authorise: the pages
 * decide first. The figures are counts without names of persons; changes are audited.
 */
@Service
class CountyReportWork {

    static final String AUDIT_TYPE = "county_report";
    /** The regional agreement took effect on 1 March 2024 (§5): the first year to follow up. */
    static final int FIRST_YEAR = 2024;

    private final CountyReports reports;
    private final CountyReportCorrections corrections;
    private final CentreHistory history;
    private final Organisations organisations;
    private final AgreementFollowUp agreements;
    private final MeetingYears meetings;
    private final PlanYears plans;
    private final ReportYears activityReports;
    private final CentreCompliance compliance;
    private final ConsentYears consents;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Texts texts;
    private final Clock clock;

    CountyReportWork(CountyReports reports, CountyReportCorrections corrections, CentreHistory history,
                     Organisations organisations, AgreementFollowUp agreements, MeetingYears meetings, PlanYears plans,
                     ReportYears activityReports, CentreCompliance compliance, ConsentYears consents, AuditLog audit,
                     JsonMapper json, Texts texts, Clock clock) {
        this.reports = reports;
        this.corrections = corrections;
        this.history = history;
        this.organisations = organisations;
        this.agreements = agreements;
        this.meetings = meetings;
        this.plans = plans;
        this.activityReports = activityReports;
        this.compliance = compliance;
        this.consents = consents;
        this.audit = audit;
        this.json = json;
        this.texts = texts;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The years a report may be compiled for: from the agreement's first year to this one, latest first. */
    List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(FIRST_YEAR, Math.max(FIRST_YEAR, today().getYear()))
                .boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    @Transactional(readOnly = true)
    List<CountyReport> all() {
        return reports.findAllByOrderByYearDesc();
    }

    @Transactional(readOnly = true)
    Optional<CountyReport> of(int year) {
        return reports.findByYear(year);
    }

    FollowUpFigures figures(CountyReport report) {
        return json.readValue(report.figures(), FollowUpFigures.class);
    }

    @Transactional(readOnly = true)
    List<CountyReportCorrection> corrections(CountyReport report) {
        return corrections.findByReportIdOrderByIdAsc(report.id());
    }

    @Transactional
    public void compile(int year, Actor actor) {
        if (!years().contains(year)) {
            throw new Refusal("county.report.refused.year", String.valueOf(year));
        }
        if (reports.findByYear(year).isPresent()) {
            throw new Refusal("county.report.refused.exists", String.valueOf(year));
        }
        CountyReport report;
        try {
            report = reports.save(CountyReport.compile(year, json.writeValueAsString(compileFigures(year, actor)),
                    clock.instant()));
        } catch (DuplicateKeyException compiledMeanwhile) {
            throw new Refusal("county.report.refused.exists", String.valueOf(year));
        }
        audit.record(AuditAction.CREATE, AUDIT_TYPE, report.id(),
                "uppföljningsrapport för " + year + " sammanställd");
    }

    @Transactional
    public void write(int year, Map<FollowUpChapter, String> written, int expectedVersion) {
        CountyReport report = existing(year);
        List<FollowUpChapter> changed = report.write(written, expectedVersion);
        reports.save(report);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, report.id(), "text ändrad i " + chapters(changed));
    }

    @Transactional
    public void refresh(int year, int expectedVersion, Actor actor) {
        CountyReport report = existing(year);
        report.refresh(json.writeValueAsString(compileFigures(year, actor)), clock.instant(), expectedVersion);
        reports.save(report);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, report.id(), "siffrorna sammanställda på nytt");
    }

    @Transactional
    public void adopt(int year, Actor actor, int expectedVersion) {
        CountyReport report = existing(year);
        report.adopt(actor.username(), actor.displayName(), clock.instant(), expectedVersion);
        reports.save(report);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, report.id(), "uppföljningsrapport för " + year + " fastställd");
    }

    @Transactional
    public void correct(int year, FollowUpChapter chapter, String text, String recordedBy) {
        CountyReport report = existing(year);
        if (!report.adopted()) {
            throw new Refusal("county.report.refused.correction-before-adoption");
        }
        corrections.save(new CountyReportCorrection(null, report.id(), chapter, text, recordedBy, clock.instant()));
        audit.record(AuditAction.CREATE, AUDIT_TYPE, report.id(), "rättelse av " + chapters(List.of(chapter)));
    }

    /** The year's figures from the registry's history and every module, for the whole county. */
    FollowUpFigures compileFigures(int year, Actor actor) {
        LocalDate end = LocalDate.of(year, 12, 31);
        List<CentreState> after = history.on(end);
        List<Long> covered = after.stream().filter(s -> s.kind() != CentreKind.NOT_COVERED)
                .map(CentreState::centreId).toList();
        Map<Long, Outcome> premises = new HashMap<>();
        compliance.visibleTo(actor).forEach(row -> {
            List<Finding> r14d = row.findings().stream().filter(f -> f.ruleId().equals(R14d.RULE.id())).toList();
            if (!r14d.isEmpty()) {
                premises.put(row.id(), r14d.stream().allMatch(f -> f.outcome() == Outcome.MET) ? Outcome.MET
                        : Outcome.NOT_MET);
            }
        });
        LocalDate standingOn = end.isBefore(today()) ? end : today();
        var facts = new FollowUpFigures.Facts(history.on(end.minusYears(1)), after,
                agreements.cooperation(covered, standingOn), meetings.totals(covered, year),
                plans.states(covered, year), activityReports.states(covered, year), premises,
                consents.of(covered, year));
        return FollowUpFigures.of(year, facts, organisations.municipalities(), organisations.subRegions());
    }

    /** "Sammanfattning, Samordning". */
    private String chapters(List<FollowUpChapter> chapters) {
        return chapters.stream().map(c -> texts.message("county.report.chapter." + c.name()))
                .collect(Collectors.joining(", "));
    }

    private CountyReport existing(int year) {
        return reports.findByYear(year)
                .orElseThrow(() -> Refusal.absent("county.report.refused.no-report", String.valueOf(year)));
    }
}
