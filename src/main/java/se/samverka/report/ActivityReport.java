package se.samverka.report;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.platform.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A centre's activity report (verksamhetsberättelse) for one calendar year: one text per {@link ReportSection}.
 * Samverka writes the sections of facts when the report is compiled and again when asked to; the coordinator edits
 * them. Once adopted (fastställd) nothing of it changes anymore; corrections are kept beside it.
 */
@Table("activity_report")
class ActivityReport {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Id
    private Long id;
    private final long centreId;
    private final int year;
    @MappedCollection(idColumn = "report_id", keyColumn = "position")
    private final List<SectionText> sections;
    private Instant factsAt;
    private Instant adoptedAt;
    private String adoptedBy;
    private String adoptedByName;
    @Version
    private int version;

    @PersistenceCreator
    ActivityReport(Long id, long centreId, int year, List<SectionText> sections, Instant factsAt, Instant adoptedAt,
                   String adoptedBy, String adoptedByName, int version) {
        this.id = id;
        this.centreId = centreId;
        this.year = year;
        this.sections = new ArrayList<>(sections);
        this.sections.sort(Comparator.comparing(SectionText::section));
        this.factsAt = Objects.requireNonNull(factsAt);
        this.adoptedAt = adoptedAt;
        this.adoptedBy = adoptedBy;
        this.adoptedByName = adoptedByName;
        this.version = version;
    }

    /** A new draft with Samverka's text in every section of facts, and the others empty. */
    static ActivityReport compile(long centreId, int year, Map<ReportSection, String> facts, Instant at) {
        List<SectionText> sections = Arrays.stream(ReportSection.values()).map(section -> {
            String text = section.facts() ? facts.getOrDefault(section, "") : "";
            return new SectionText(section, text, text);
        }).toList();
        return new ActivityReport(null, centreId, year, sections, at, null, null, null, 0);
    }

    /** Replaces the texts of the given sections with what the user wrote; returns the sections that changed. */
    List<ReportSection> edit(Map<ReportSection, String> texts, int expectedVersion) {
        expectChangeable(expectedVersion);
        List<ReportSection> changed = sections.stream()
                .filter(s -> texts.containsKey(s.section()) && !texts.get(s.section()).equals(s.text()))
                .map(SectionText::section).toList();
        sections.replaceAll(s -> texts.containsKey(s.section()) ? s.withText(texts.get(s.section())) : s);
        return changed;
    }

    /** Writes the facts anew into every section of facts, over any edits there; the user's own sections stay. */
    void refresh(Map<ReportSection, String> facts, Instant at, int expectedVersion) {
        expectChangeable(expectedVersion);
        sections.replaceAll(s -> s.section().facts()
                ? new SectionText(s.section(), facts.getOrDefault(s.section(), ""), facts.getOrDefault(s.section(), ""))
                : s);
        this.factsAt = Objects.requireNonNull(at);
    }

    /** Adopts (fastställer) the report: every section has to say something. */
    void adopt(String by, String name, Instant at, int expectedVersion) {
        expectChangeable(expectedVersion);
        if (!blank().isEmpty()) {
            throw new Refusal("report.refused.blank-sections");
        }
        this.adoptedBy = Objects.requireNonNull(by);
        this.adoptedByName = Objects.requireNonNull(name);
        this.adoptedAt = Objects.requireNonNull(at);
    }

    /** Refuses every change once adopted, and a change made from an older version. */
    void expectChangeable(int expectedVersion) {
        expectOpen();
        if (expectedVersion != version) {
            throw new OptimisticLockingFailureException("activity report changed meanwhile");
        }
    }

    void expectOpen() {
        if (adopted()) {
            throw new Refusal("report.refused.adopted", String.valueOf(year));
        }
    }

    /** The sections with nothing written in them. */
    List<ReportSection> blank() {
        return sections.stream().filter(s -> s.text().isBlank()).map(SectionText::section).toList();
    }

    /** The sections of facts whose text the user has changed since Samverka last wrote it. */
    List<ReportSection> edited() {
        return sections.stream().filter(s -> s.section().facts() && s.edited()).map(SectionText::section).toList();
    }

    String text(ReportSection section) {
        return sections.stream().filter(s -> s.section() == section).findFirst().map(SectionText::text).orElse("");
    }

    public boolean adopted() {
        return adoptedAt != null;
    }

    Long id() {
        return id;
    }

    long centreId() {
        return centreId;
    }

    public int year() {
        return year;
    }

    public List<SectionText> sections() {
        return List.copyOf(sections);
    }

    public Instant factsAt() {
        return factsAt;
    }

    public LocalDate factsOn() {
        return factsAt.atZone(SWEDEN).toLocalDate();
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    public LocalDate adoptedOn() {
        return adoptedAt == null ? null : adoptedAt.atZone(SWEDEN).toLocalDate();
    }

    public String adoptedBy() {
        return adoptedBy;
    }

    public String adoptedByName() {
        return adoptedByName;
    }

    public int version() {
        return version;
    }
}
