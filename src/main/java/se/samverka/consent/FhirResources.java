package se.samverka.consent;

import org.hl7.fhir.r5.model.AuditEvent;
import org.hl7.fhir.r5.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r5.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Consent;
import org.hl7.fhir.r5.model.DateTimeType;
import org.hl7.fhir.r5.model.DateType;
import org.hl7.fhir.r5.model.Enumerations;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.InstantType;
import org.hl7.fhir.r5.model.Period;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.StringType;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.springframework.stereotype.Component;
import se.samverka.organisation.PrincipalSummary;
import se.samverka.organisation.UnitSummary;
import se.samverka.platform.Texts;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.ConsentGiver;
import se.samverka.rules.DisclosureDecision.LegalBasisKind;
import se.samverka.rules.IdentityNumber;
import se.samverka.rules.InformationFlow;
import se.samverka.rules.InformationKind;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The registers' consents and disclosures as FHIR R5 resources, built with HAPI's model classes.
 * <p>
 * <b>Persons.</b> A person is a logical reference (no Patient resource is served) with their identity number as
 * HL7 Sweden's base profiles name it ({@value #PERSONNUMMER} and {@value #SAMORDNINGSNUMMER}, twelve digits without
 * separator): those are the systems Swedish FHIR clients meet in the national profiles, where the OIDs
 * (1.2.752.129.2.1.3.1 and .3) are the older HL7 v3 names of the same registers; a search accepts both. A reserve
 * number is local to the register and has Samverka's own system. A person with protected identity (R13e) carries
 * neither name nor number nor custodians' names, only "Skyddad identitet", and the resource is labelled restricted
 * (v3-Confidentiality R).
 * <p>
 * <b>Organisations.</b> An operation is its unit (HSA-id, {@value #HSA_ID}, when the unit has one) and the principal
 * that runs it its organisation number ({@value #ORGANISATION_NUMBER}, ten digits).
 * <p>
 * <b>Samverka's code systems</b>, all under https://samverka.se/fhir/: {@value #INFORMATION_KIND} (the kinds of
 * information a consent covers or a disclosure passes: HEALTH, SOCIAL_CIRCUMSTANCES, CONTACT_DETAILS, OTHER),
 * {@value #CONSENT_PURPOSE} (the catalogue of purposes: COORDINATED_PARENTING_SUPPORT,
 * MIDWIFE_TO_CHILD_HEALTH_HANDOVER, SIP, OTHER, the words of OTHER in the extension {@value #PURPOSE_TEXT}) and
 * {@value #LEGAL_BASIS} (the catalogue of legal bases at /rattsliga-grunder: the code, and the entry's version as the
 * coding's version). Displays are Swedish.
 */
@Component
class FhirResources {

    static final String PERSONNUMMER = "http://electronichealth.se/identifier/personnummer";
    static final String SAMORDNINGSNUMMER = "http://electronichealth.se/identifier/samordningsnummer";
    static final String PERSONNUMMER_OID = "urn:oid:1.2.752.129.2.1.3.1";
    static final String SAMORDNINGSNUMMER_OID = "urn:oid:1.2.752.129.2.1.3.3";
    static final String RESERVE_NUMBER = "https://samverka.se/fhir/sid/reservnummer";
    static final String USERNAME = "https://samverka.se/fhir/sid/anvandare";
    static final String HSA_ID = "urn:oid:1.2.752.29.4.19";
    static final String ORGANISATION_NUMBER = "urn:oid:2.5.4.97";
    static final String INFORMATION_KIND = "https://samverka.se/fhir/CodeSystem/information-kind";
    static final String CONSENT_PURPOSE = "https://samverka.se/fhir/CodeSystem/consent-purpose";
    static final String LEGAL_BASIS = "https://samverka.se/fhir/CodeSystem/legal-basis";
    static final String PURPOSE_TEXT = "https://samverka.se/fhir/StructureDefinition/consent-purpose-text";

    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    static final String ROLE_CLASS = "http://terminology.hl7.org/CodeSystem/v3-RoleClass";
    static final String CONSENT_ACTION = "http://terminology.hl7.org/CodeSystem/consentaction";
    static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    static final String LIFECYCLE = "http://terminology.hl7.org/CodeSystem/iso-21089-lifecycle";
    static final String OUTCOME = "http://terminology.hl7.org/CodeSystem/audit-event-outcome";
    static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
    static final String SOURCE_TYPE = "http://terminology.hl7.org/CodeSystem/security-source-type";
    static final String SNOMED = "http://snomed.info/sct";

    private final Texts texts;
    private final Clock clock;

    FhirResources(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    /** Which kind of Swedish number an identifier system holds; empty for a system Samverka does not know. */
    static Optional<IdentityNumber.Kind> identifierKind(String system) {
        return switch (system) {
            case PERSONNUMMER, PERSONNUMMER_OID -> Optional.of(IdentityNumber.Kind.PERSONNUMMER);
            case SAMORDNINGSNUMMER, SAMORDNINGSNUMMER_OID -> Optional.of(IdentityNumber.Kind.SAMORDNINGSNUMMER);
            default -> Optional.empty();
        };
    }

    /**
     * The consent (R13c). Status: {@code active} while it stands, also before its first day (the provision's
     * period says from when); {@code inactive} once it is withdrawn or past its last day: R5 defines inactive as a
     * consent that is terminated or replaced, and neither {@code not-done} (never given) nor {@code entered-in-error}
     * fits a consent that was given and has ended. The consent's own period is the validity recorded; the
     * provision's period is when it permitted disclosures: to its last valid day, or to the day before its
     * withdrawal, since a withdrawal stops disclosures from its own day and a FHIR period includes its end day. A
     * consent withdrawn before its first day never permitted anything and has no provision period. Each way the
     * information may pass (from one operation to another) is a nested provision with its disclosing and receiving
     * actor, since a consent may cover A to B and B to C without A to C.
     */
    Consent consent(FhirRecords.ConsentEntry entry, LegalBasis consentBasis) {
        ConsentRecord record = entry.consent();
        FhirRecords.Subject subject = entry.subject();
        LocalDate today = LocalDate.now(clock);
        var consent = new Consent();
        consent.setId(String.valueOf(record.id()));
        consent.getMeta().setLastUpdatedElement(instant(record.withdrawal() == null ? record.recordedAt()
                : record.withdrawal().recordedAt()));
        restrict(consent.getMeta(), subject);
        ConsentRecord.Status status = record.status(today);
        consent.setStatus(status == ConsentRecord.Status.WITHDRAWN || status == ConsentRecord.Status.EXPIRED
                ? Consent.ConsentState.INACTIVE : Consent.ConsentState.ACTIVE);
        consent.addCategory(new CodeableConcept(new Coding(ACT_CODE, "IDSCL", "information disclosure"))
                .setText(texts.message("fhir.consent.category")));
        consent.setSubject(person(subject));
        consent.setDateElement(new DateType(LocalDate.ofInstant(record.recordedAt(), clock.getZone()).toString()));
        consent.setPeriod(period(record.validFrom(), record.validTo()));
        for (ConsentGiver giver : record.givenBy()) {
            consent.addGrantor(giver(giver, subject));
        }
        for (BaseOperation operation : record.to()) {
            consent.addGrantee(operation(operation, entry.unitsAtCentre().get(operation)));
        }
        UnitSummary recording = entry.unitsAtCentre().values().stream()
                .filter(unit -> unit.id() == entry.register().unitId()).findFirst().orElseThrow();
        consent.addManager(unit(recording));
        consent.addController(principal(recording.principal()));
        consent.addRegulatoryBasis(legalBasis(consentBasis.code(), consentBasis.version(), consentBasis.statute(),
                consentBasis.title()));
        consent.setDecision(Enumerations.ConsentProvisionType.PERMIT);

        Consent.ProvisionComponent provision = consent.addProvision();
        LocalDate lastDay = record.withdrawal() == null ? record.validTo()
                : min(record.validTo(), record.withdrawal().withdrawnOn().minusDays(1));
        if (!lastDay.isBefore(record.validFrom())) {
            provision.setPeriod(period(record.validFrom(), lastDay));
        }
        for (InformationFlow flow : record.flows()) {
            Consent.ProvisionComponent way = provision.addProvision();
            way.addActor().setRole(new CodeableConcept(new Coding(PARTICIPATION_TYPE, "CST", "custodian"))
                            .setText(texts.message("fhir.consent.actor.disclosing")))
                    .setReference(operation(flow.from(), entry.unitsAtCentre().get(flow.from())));
            way.addActor().setRole(new CodeableConcept(new Coding(PARTICIPATION_TYPE, "IRCP",
                            "information recipient")).setText(texts.message("fhir.consent.actor.receiving")))
                    .setReference(operation(flow.to(), entry.unitsAtCentre().get(flow.to())));
        }
        provision.addAction(new CodeableConcept(new Coding(CONSENT_ACTION, "disclose", "Disclose")));
        Coding purpose = provision.addPurpose().setSystem(CONSENT_PURPOSE).setCode(record.purpose().name())
                .setDisplay(texts.message("consent.purpose." + record.purpose().name()));
        if (record.purposeText() != null) {
            purpose.addExtension(PURPOSE_TEXT, new StringType(record.purposeText()));
        }
        for (InformationKind kind : record.informationKinds()) {
            provision.addCode(informationKind(kind));
        }
        return consent;
    }

    /**
     * The disclosure (R13b) in the manner of IHE Basic Audit Log Patterns' privacy disclosure at the source (an
     * export), in R5's shape: category DICOM 110106 Export, code ISO 21089 disclose, action R, the source (DICOM
     * 110153) and recipient (110152) operations, the principal that runs the source as custodian (SNOMED
     * 159541003), the staff member who recorded it (v3-RoleClass AGNT, requestor), the consent's givers as
     * authorizers (SNOMED 429577009) when the basis is a consent, the person (object-role 1) and the information
     * (object-role 4, its kind as a detail), and the legal basis as the authorization: the catalogue's code and
     * version with the statute, and the reason in the individual case for a secrecy-breaking rule. A disclosure on a
     * consent names the consent as the source's policy (its URL) and as an entity. Only disclosures that were made
     * are recorded as disclosures, so the outcome is success (0). The network addresses BALP asks for are not known:
     * both registers are in Samverka, which records no address with the disclosure.
     *
     * @param base the absolute URL of the FHIR API, for the consent's URL
     */
    AuditEvent disclosure(FhirRecords.DisclosureEntry entry, String base) {
        var event = new AuditEvent();
        event.setId(String.valueOf(entry.id()));
        event.getMeta().setLastUpdatedElement(instant(entry.recordedAt()));
        restrict(event.getMeta(), entry.subject());
        event.addCategory(new CodeableConcept(new Coding(DICOM, "110106", "Export")));
        event.setCode(new CodeableConcept(new Coding(LIFECYCLE, "disclose", "Disclose Record Lifecycle Event"))
                .setText(texts.message("fhir.audit.code")));
        event.setAction(AuditEvent.AuditEventAction.R);
        event.setSeverity(AuditEvent.AuditEventSeverity.INFORMATIONAL);
        event.setOccurred(new DateTimeType(entry.disclosedOn().toString()));
        event.setRecordedElement(instant(entry.recordedAt()));
        event.getOutcome().setCode(new Coding(OUTCOME, "0", "Success"));

        CodeableConcept authorization = legalBasis(entry.legalBasisCode(), entry.legalBasisVersion(),
                entry.statute(), entry.title());
        authorization.setText(entry.basis() == LegalBasisKind.CONSENT
                ? texts.message("fhir.audit.basis.consent", entry.consentId(), entry.statute())
                : texts.message("fhir.audit.basis.rule", entry.statute(), entry.reason()));
        event.addAuthorization(authorization);
        event.setPatient(person(entry.subject()));

        AuditEventAgentComponent source = event.addAgent()
                .setType(new CodeableConcept(new Coding(DICOM, "110153", "Source Role ID")))
                .setWho(unit(entry.from())).setRequestor(false);
        if (entry.consentId() != null) {
            source.addPolicy(base + "/Consent/" + entry.consentId());
        }
        event.addAgent().setType(new CodeableConcept(new Coding(DICOM, "110152", "Destination Role ID")))
                .setWho(unit(entry.to())).setRequestor(false);
        event.addAgent().setType(new CodeableConcept(new Coding(SNOMED, "159541003", "Record keeping/library clerk"))
                        .setText(texts.message("fhir.audit.custodian")))
                .setWho(principal(entry.from().principal())).setRequestor(false);
        event.addAgent().setType(new CodeableConcept(new Coding(ROLE_CLASS, "AGNT", "agent"))
                        .setText(texts.message("fhir.audit.user")))
                .setWho(new Reference().setType("Practitioner")
                        .setIdentifier(new Identifier().setSystem(USERNAME).setValue(entry.recordedBy()))
                        .setDisplay(entry.recordedByName()))
                .setRequestor(true);
        for (ConsentGiver giver : entry.givenBy()) {
            event.addAgent().setType(new CodeableConcept(new Coding(SNOMED, "429577009", "Patient advocate"))
                            .setText(texts.message("fhir.audit.authorizer")))
                    .setWho(giver(giver, entry.subject())).setRequestor(false);
        }
        event.getSource().setSite(new Reference().setType("Location").setDisplay(entry.centreName()))
                .setObserver(new Reference().setType("Device").setDisplay("Samverka"))
                .addType(new CodeableConcept(new Coding(SOURCE_TYPE, "4", "Application Server")));

        AuditEventEntityComponent patient = event.addEntity().setWhat(person(entry.subject()))
                .setRole(new CodeableConcept(new Coding(OBJECT_ROLE, "1", "Patient")));
        if (entry.subject().protectedIdentity()) {
            patient.addSecurityLabel(restricted());
        }
        AuditEventEntityComponent data = event.addEntity()
                .setWhat(new Reference().setDisplay(entry.what()))
                .setRole(new CodeableConcept(new Coding(OBJECT_ROLE, "4", "Domain Resource")));
        data.addDetail().setType(new CodeableConcept().setText(texts.message("fhir.audit.information-kind")))
                .setValue(informationKind(entry.informationKind()));
        if (entry.consentId() != null) {
            event.addEntity().setWhat(new Reference("Consent/" + entry.consentId())
                            .setDisplay(texts.message("fhir.audit.consent", entry.consentId())))
                    .setRole(new CodeableConcept().setText(texts.message("fhir.audit.consent.role")));
        }
        return event;
    }

    private Reference person(FhirRecords.Subject subject) {
        var person = new Reference().setType("Patient");
        if (subject.protectedIdentity()) {
            return person.setDisplay(texts.message("fhir.protected-identity"));
        }
        if (subject.identityNumber() != null) {
            boolean coordination = Integer.parseInt(subject.identityNumber().substring(6, 8)) > 60;
            person.setIdentifier(new Identifier().setSystem(coordination ? SAMORDNINGSNUMMER : PERSONNUMMER)
                    .setValue(subject.identityNumber()));
        } else {
            person.setIdentifier(new Identifier().setSystem(RESERVE_NUMBER).setValue(subject.reserveNumber()));
        }
        return person.setDisplay(subject.name());
    }

    /** Who gave a consent: the person themselves, or a custodian by name (by role only for protected identity). */
    private Reference giver(ConsentGiver giver, FhirRecords.Subject subject) {
        if (giver == ConsentGiver.SELF) {
            return person(subject);
        }
        String role = texts.message("consent.giver." + giver.name());
        String name = giver == ConsentGiver.CUSTODIAN_1 ? subject.custodian1() : subject.custodian2();
        return new Reference().setType("RelatedPerson")
                .setDisplay(name == null ? role : texts.message("consent.giver.named", role, name));
    }

    private Reference operation(BaseOperation operation, UnitSummary unit) {
        return unit != null ? unit(unit)
                : new Reference().setType("Organization").setDisplay(texts.operation(operation));
    }

    private Reference unit(UnitSummary unit) {
        var reference = new Reference().setType("Organization")
                .setDisplay(unit.name() + " (" + texts.operation(unit.operation()) + ")");
        if (unit.hsaId() != null) {
            reference.setIdentifier(new Identifier().setSystem(HSA_ID).setValue(unit.hsaId()));
        }
        return reference;
    }

    private static Reference principal(PrincipalSummary principal) {
        var reference = new Reference().setType("Organization").setDisplay(principal.name());
        if (principal.organisationNumber() != null) {
            reference.setIdentifier(new Identifier().setSystem(ORGANISATION_NUMBER)
                    .setValue(principal.organisationNumber().replace("-", "")));
        }
        return reference;
    }

    private CodeableConcept informationKind(InformationKind kind) {
        return new CodeableConcept(new Coding(INFORMATION_KIND, kind.name(), texts.informationKind(kind)));
    }

    private static CodeableConcept legalBasis(String code, int version, String statute, String title) {
        return new CodeableConcept(new Coding(LEGAL_BASIS, code, statute + ": " + title)
                .setVersion(String.valueOf(version)));
    }

    private static void restrict(org.hl7.fhir.r5.model.Meta meta, FhirRecords.Subject subject) {
        if (subject.protectedIdentity()) {
            meta.addSecurity(new Coding(CONFIDENTIALITY, "R", "restricted"));
        }
    }

    private static CodeableConcept restricted() {
        return new CodeableConcept(new Coding(CONFIDENTIALITY, "R", "restricted"));
    }

    private static Period period(LocalDate first, LocalDate last) {
        return new Period().setStartElement(new DateTimeType(first.toString()))
                .setEndElement(new DateTimeType(last.toString()));
    }

    private InstantType instant(Instant instant) {
        return new InstantType(Date.from(instant), TemporalPrecisionEnum.MILLI,
                TimeZone.getTimeZone(clock.getZone()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
