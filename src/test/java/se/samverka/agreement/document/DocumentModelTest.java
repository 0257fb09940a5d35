package se.samverka.agreement.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.samverka.document.Xhtml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class DocumentModelTest {

    private static final AuditEntry ENTRY = new AuditEntry(Instant.EPOCH, "Skapat", "Samverka", null);

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
        assertThatNullPointerException().isThrownBy(() -> new AgreementDocument(null, null, "Kvarnbacken", null,
                List.of(), page));
        assertThatNullPointerException().isThrownBy(() -> new AgreementDocument("Avtal", null, "Kvarnbacken", null,
                null, page));
    }

    @Test
    void anAuditTrailNeedsALowercaseSha256AndEntries() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new AuditTrail("id", Fixtures.SHA_256.toUpperCase(), List.of(ENTRY)));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditTrail("id", "abc", List.of(ENTRY)));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditTrail("id", Fixtures.SHA_256, List.of()));
        assertThat(new AuditTrail("id", Fixtures.SHA_256, List.of(ENTRY)).entries()).containsExactly(ENTRY);
    }

    @Test
    void xhtmlEscapesTextAndDropsWhatXmlCannotHold() {
        String html = new Xhtml().element("p", "A & B <b>\"c\"</b>\u0007", "title", "x\"y").finish();
        assertThat(html).endsWith("<p title=\"x&quot;y\">A &amp; B &lt;b&gt;&quot;c&quot;&lt;/b&gt;</p>");
    }

    @Test
    void summerTimeIsCestAndWinterTimeCet() {
        assertThat(AgreementPdf.swedishTime(new AuditEntry(Instant.parse("2026-07-01T10:00:00Z"), "e", "w", null)))
                .isEqualTo("2026-07-01 12:00:00 CEST");
        assertThat(AgreementPdf.swedishTime(ENTRY)).isEqualTo("1970-01-01 01:00:00 CET");
    }
}
