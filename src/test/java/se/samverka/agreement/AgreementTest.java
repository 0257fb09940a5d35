package se.samverka.agreement;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import se.samverka.platform.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A version of a local agreement on its own, without Spring or a database: a draft changes, a sent version is frozen
 * and waits for one signature per named signatory, a signed version never changes, and each change records its
 * event once.
 */
class AgreementTest {

    private static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");
    private static final String SHA = "a".repeat(64);
    private static final Terms TERMS = new Terms(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), null, 6, null,
            null, false, false, false, false, null, null, null, null);
    private static final List<Party> PARTIES = List.of(
            Party.of("CHILD_HEALTH", "BVC Solrosen", "Västra Götalandsregionen", "232100-0131", "Regionhälsan"),
            Party.of("OPEN_PRESCHOOL", "Öppna förskolan Solrosen", "Borås kommun", "212000-1355", "Förskola"));

    @Test
    void aDraftNeedsAPartyAndRecordsThatItWasCreated() {
        assertThatThrownBy(() -> Agreement.draft(1, AgreementKind.COOPERATION, TERMS, Map.of(), List.of(), at("s")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.no-parties");

        Agreement draft = draft();
        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.number()).isEqualTo(1);
        assertThat(draft.recorded()).extracting(AgreementEvent::event).containsExactly(AgreementEvent.Kind.CREATED);
        assertThat(draft.takeRecorded()).hasSize(1);
        assertThat(draft.recorded()).as("handed over to the log once").isEmpty();
    }

    @Test
    void aDraftIsEditedButBlankTextsAreDroppedAndAStaleEditIsRefused() {
        Agreement draft = draft();
        draft.edit(TERMS, Map.of(TextKey.LOCAL_GOALS, "  Fler besök  ", TextKey.STAFF_GROUP, " "), PARTIES, 0, at("s"));
        assertThat(draft.texts()).containsExactly(Map.entry(TextKey.LOCAL_GOALS, "Fler besök"));
        assertThat(draft.recorded()).extracting(AgreementEvent::event)
                .containsExactly(AgreementEvent.Kind.CREATED, AgreementEvent.Kind.EDITED);

        assertThatThrownBy(() -> draft.edit(TERMS, Map.of(), PARTIES, 3, at("s")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> draft.edit(TERMS, Map.of(), List.of(), 0, at("s")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.no-parties");
    }

    @Test
    void aSentVersionIsFrozenAndNamesOneSignatoryPerParty() {
        Agreement draft = draft();
        assertThatThrownBy(() -> draft.send(List.of(signatory("anna")), List.of(), SHA, 0, at("s")))
                .isInstanceOf(IllegalArgumentException.class);

        Agreement sent = sent();
        assertThat(sent.status()).isEqualTo(AgreementStatus.SENT);
        assertThat(sent.names("anna")).isTrue();
        assertThat(sent.awaits("bertil")).isTrue();
        assertThat(sent.names("cecilia")).isFalse();
        assertThatThrownBy(() -> sent.edit(TERMS, Map.of(), PARTIES, 0, at("s")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.not-draft");
        assertThatThrownBy(() -> sent.send(List.of(signatory("anna"), signatory("bertil")), List.of(), SHA, 0, at("s")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.not-draft");
    }

    @Test
    void aSignatorysViewIsRecordedOnceAndOnlyForASignatory() {
        Agreement sent = sent();
        assertThat(sent.view(at("cecilia"))).isFalse();
        assertThat(sent.view(at("anna"))).isTrue();
        assertThat(sent.view(at("anna"))).isFalse();
        assertThat(sent.recorded()).filteredOn(e -> e.event() == AgreementEvent.Kind.VIEWED).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("anna");
                    assertThat(e.sourceAddress()).isEqualTo("192.0.2.1");
                });
    }

    @Test
    void everyNamedSignatorySignsOnceWhatWasSentAndTheLastSignatureSignsTheVersion() {
        Agreement sent = sent();
        assertThatThrownBy(() -> sent.sign(SHA, "Borås", "Verksamhetschef", at("cecilia")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.not-signatory");
        assertThatThrownBy(() -> sent.sign("b".repeat(64), "Borås", "Verksamhetschef", at("anna")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.document-changed");

        assertThat(sent.sign(SHA, "Borås", "Verksamhetschef", at("anna"))).isFalse();
        assertThatThrownBy(() -> sent.sign(SHA, "Borås", "Verksamhetschef", at("anna")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.already-signed");
        assertThat(sent.parties().getFirst().signedFrom()).isEqualTo("192.0.2.1");
        assertThat(sent.status()).isEqualTo(AgreementStatus.SENT);

        assertThat(sent.sign(SHA, "Ulricehamn", "Verksamhetschef", at("bertil"))).isTrue();
        assertThat(sent.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(sent.signedAt()).isEqualTo(AT);
        assertThatThrownBy(() -> sent.sign(SHA, "Borås", "Verksamhetschef", at("bertil")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.already-signed");
        assertThat(sent.recorded()).extracting(AgreementEvent::event).containsExactly(AgreementEvent.Kind.CREATED,
                AgreementEvent.Kind.SENT, AgreementEvent.Kind.SIGNED, AgreementEvent.Kind.SIGNED);
    }

    @Test
    void aSignedVersionCannotBeChangedRecalledOrSentAgain() {
        Agreement signed = signed();
        signed.sealed(at("system"));
        assertThatThrownBy(() -> signed.edit(TERMS, Map.of(), PARTIES, 0, at("s")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.not-draft");
        assertThatThrownBy(() -> signed.recall(0, at("s")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.not-sent");
        assertThatThrownBy(() -> signed.send(List.of(signatory("anna"), signatory("bertil")), List.of(), SHA, 0,
                at("s"))).isInstanceOf(Refusal.class).hasMessage("agreement.refused.not-draft");
        assertThat(signed.view(at("anna"))).isFalse();
        assertThat(signed.documentSha256()).isEqualTo(SHA);
    }

    @Test
    void sealingNeedsEverySignature() {
        assertThatThrownBy(() -> sent().sealed(at("system")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.not-signed");
    }

    @Test
    void aRecallVoidsTheSignaturesGivenAndMakesADraftAgain() {
        Agreement sent = sent();
        sent.sign(SHA, "Borås", "Verksamhetschef", at("anna"));
        sent.recall(0, at("s"));
        assertThat(sent.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(sent.parties()).noneMatch(Party::hasSigned);
        assertThat(sent.documentSha256()).isNull();
        assertThat(sent.sections()).isEmpty();
        assertThatThrownBy(() -> sent.recall(0, at("s")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.not-sent");
    }

    @Test
    void anAmendmentIsTheNextVersionUnsignedAndSupersedesOnlyASignedOne() {
        Agreement signed = signed();
        Agreement next = signed.amend(at("s"));
        assertThat(next.series()).isEqualTo(signed.series());
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(next.parties()).noneMatch(Party::hasSigned).noneMatch(p -> p.signatoryUsername() != null);
        assertThat(next.recorded()).extracting(AgreementEvent::detail).containsExactly("ändring av version 1");
        assertThatThrownBy(() -> next.amend(at("s")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.not-signed");

        signed.supersede(2, at("s"));
        assertThat(signed.status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThatThrownBy(() -> signed.sign(SHA, "Borås", "Verksamhetschef", at("anna")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.superseded");
        assertThatThrownBy(() -> signed.terminate(LocalDate.of(2027, 3, 1), at("s")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.superseded");
    }

    @Test
    void aTerminationIsRegisteredOnceAndOnlyForASignedVersion() {
        assertThatThrownBy(() -> sent().terminate(LocalDate.of(2027, 3, 1), at("s")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.not-signed");
        Agreement signed = signed();
        signed.terminate(LocalDate.of(2027, 3, 1), at("s"));
        assertThat(signed.terminationNoticedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThatThrownBy(() -> signed.terminate(LocalDate.of(2027, 4, 1), at("s")))
                .isInstanceOf(Refusal.class).hasMessage("agreement.refused.already-terminated");
        assertThat(signed.terminationNoticedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    private static Agreement draft() {
        return Agreement.draft(1, AgreementKind.COOPERATION, TERMS, Map.of(), PARTIES, at("samordnare"));
    }

    private static Agreement sent() {
        Agreement agreement = draft();
        agreement.send(List.of(signatory("anna"), signatory("bertil")),
                List.of(new FrozenSection("2", "Avtalstid", "2027–2028")), SHA, 0, at("styrgrupp"));
        return agreement;
    }

    private static Agreement signed() {
        Agreement agreement = sent();
        agreement.sign(SHA, "Borås", "Verksamhetschef", at("anna"));
        agreement.sign(SHA, "Borås", "Verksamhetschef", at("bertil"));
        return agreement;
    }

    private static Agreement.Signatory signatory(String username) {
        return new Agreement.Signatory(username, "Chef " + username, "Verksamhetschef");
    }

    private static Occurrence at(String actor) {
        return new Occurrence(actor, AT, "192.0.2.1");
    }
}
