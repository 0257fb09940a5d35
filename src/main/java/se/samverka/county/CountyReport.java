package se.samverka.county;

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
 * The county's yearly follow-up report to Vårdsamverkan Västra Götaland for one calendar year: Samverka's figures as
 * compiled (JSON of {@link FollowUpFigures}) and a text per {@link FollowUpChapter} that the county writes. The figures
 * are compiled anew only when asked to; once adopted nothing of it changes anymore, corrections are kept beside it.
 */
@Table("county_report")
class CountyReport {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final int MAX_TEXT = 20_000;

    @Id
    private Long id;
    private final int year;
    private String figures;
    @MappedCollection(idColumn = "report_id", keyColumn = "position")
    private final List<ChapterText> texts;
    private Instant factsAt;
    private Instant adoptedAt;
    private String adoptedBy;
    private String adoptedByName;
    @Version
    private int version;

    @PersistenceCreator
    CountyReport(Long id, int year, String figures, List<ChapterText> texts, Instant factsAt, Instant adoptedAt,
                 String adoptedBy, String adoptedByName, int version) {
        this.id = id;
        this.year = year;
        this.figures = Objects.requireNonNull(figures);
        this.texts = new ArrayList<>(texts);
        this.texts.sort(Comparator.comparing(ChapterText::chapter));
        this.factsAt = Objects.requireNonNull(factsAt);
        this.adoptedAt = adoptedAt;
        this.adoptedBy = adoptedBy;
        this.adoptedByName = adoptedByName;
        this.version = version;
    }

    /** A new draft with the figures and an empty text in every chapter. */
    static CountyReport compile(int year, String figures, Instant at) {
        return new CountyReport(null, year, figures,
                Arrays.stream(FollowUpChapter.values()).map(c -> new ChapterText(c, "")).toList(), at, null, null,
                null, 0);
    }

    /** Replaces the texts of the given chapters; returns the chapters that changed. */
    List<FollowUpChapter> write(Map<FollowUpChapter, String> written, int expectedVersion) {
        expectChangeable(expectedVersion);
        written.values().forEach(text -> {
            if (text.length() > MAX_TEXT) {
                throw new IllegalArgumentException("a chapter's text is at most " + MAX_TEXT + " characters");
            }
        });
        List<FollowUpChapter> changed = texts.stream()
                .filter(t -> written.containsKey(t.chapter()) && !written.get(t.chapter()).equals(t.text()))
                .map(ChapterText::chapter).toList();
        texts.replaceAll(t -> written.containsKey(t.chapter()) ? new ChapterText(t.chapter(), written.get(t.chapter()))
                : t);
        return changed;
    }

    /** Compiles the figures anew; the county's texts stay. */
    void refresh(String figures, Instant at, int expectedVersion) {
        expectChangeable(expectedVersion);
        this.figures = Objects.requireNonNull(figures);
        this.factsAt = Objects.requireNonNull(at);
    }

    /** Adopts (fastställer) the report: the summary has to say something. */
    void adopt(String by, String name, Instant at, int expectedVersion) {
        expectChangeable(expectedVersion);
        if (text(FollowUpChapter.SUMMARY).isBlank()) {
            throw new Refusal("county.report.refused.no-summary");
        }
        this.adoptedBy = Objects.requireNonNull(by);
        this.adoptedByName = Objects.requireNonNull(name);
        this.adoptedAt = Objects.requireNonNull(at);
    }

    /** Refuses every change once adopted, and a change made from an older version. */
    void expectChangeable(int expectedVersion) {
        expectOpen();
        if (expectedVersion != version) {
            throw new OptimisticLockingFailureException("county report changed meanwhile");
        }
    }

    void expectOpen() {
        if (adopted()) {
            throw new Refusal("county.report.refused.adopted", String.valueOf(year));
        }
    }

    public String text(FollowUpChapter chapter) {
        return texts.stream().filter(t -> t.chapter() == chapter).findFirst().map(ChapterText::text).orElse("");
    }

    public boolean adopted() {
        return adoptedAt != null;
    }

    Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    String figures() {
        return figures;
    }

    public Instant factsAt() {
        return factsAt;
    }

    public LocalDate factsOn() {
        return factsAt.atZone(SWEDEN).toLocalDate();
    }

    public LocalDate adoptedOn() {
        return adoptedAt == null ? null : adoptedAt.atZone(SWEDEN).toLocalDate();
    }

    public String adoptedByName() {
        return adoptedByName;
    }

    public int version() {
        return version;
    }
}
