package se.samverka.agreement.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class DocumentModelTest {

    private static final AuditEntry ENTRY = new AuditEntry(Instant.EPOCH, "Skapat", "Samverka", null, null);
    private static final AuditTrail.Summary SUMMARY = new AuditTrail.Summary("Avtal", "id", ENTRY, "Förseglat", ENTRY);

    @Test
    void copiesTheListsItIsGiven() {
        var blocks = new ArrayList<Block>(List.of(new Block.Paragraph("Text")));
        var section = new Section("1", "Avtalstid", blocks);
        blocks.clear();
        assertThat(section.blocks()).hasSize(1);
    }

    @Test
    void rejectsMissingTitleAndSections() {
        var page = new SignaturePage(null, List.of());
        assertThatNullPointerException().isThrownBy(() -> new AgreementDocument(null, null, "Familjecentral",
                "Kvarnbacken", null, null, List.of(), page));
        assertThatNullPointerException().isThrownBy(() -> new AgreementDocument("Avtal", null, "Familjecentral",
                "Kvarnbacken", null, null, null, page));
        assertThatNullPointerException().isThrownBy(() -> new AgreementDocument("Avtal", null, null,
                "Kvarnbacken", null, null, List.of(), page));
    }

    @Test
    void anAuditTrailNeedsALowercaseSha256AndEntries() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new AuditTrail(SUMMARY, Fixtures.SHA_256.toUpperCase(), List.of(ENTRY)));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditTrail(SUMMARY, "abc", List.of(ENTRY)));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditTrail(SUMMARY, Fixtures.SHA_256, List.of()));
        assertThat(new AuditTrail(SUMMARY, Fixtures.SHA_256, List.of(ENTRY)).entries()).containsExactly(ENTRY);
    }

    @Test
    void timesAreSwedishWithTheirOffsetFromUtc() {
        var summer = new AuditEntry(Instant.parse("2026-07-01T10:00:00Z"), "e", "w", null, null);
        assertThat(summer.date() + " " + summer.time()).isEqualTo("2026-07-01 12:00:00 +02:00");
        assertThat(ENTRY.date() + " " + ENTRY.time()).isEqualTo("1970-01-01 01:00:00 +01:00");
    }
}
