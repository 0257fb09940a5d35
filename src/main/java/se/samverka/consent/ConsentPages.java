package se.samverka.consent;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.audit.AuditActorNames;
import se.samverka.audit.AuditEvent;
import se.samverka.audit.AuditEvents;
import se.samverka.audit.AuditPerson;
import se.samverka.consent.ConsentForms.ConsentForm;
import se.samverka.consent.ConsentForms.DisclosureForm;
import se.samverka.consent.ConsentForms.WithdrawalForm;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.organisation.UnitSummary;
import se.samverka.platform.Changes;
import se.samverka.platform.Refusal;
import se.samverka.platform.Texts;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.InformationKind;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Staff record a person's consents (R13c) and withdrawals, and disclose information to another operation at the
 * centre (R13a, R13b). A form for a person with protected identity shows no names, so it reads nothing of them.
 */
@Controller
class ConsentPages {

    private static final String PERSON = "/centres/{centreId}/register/{unitId}/persons/{personId}";
    private static final String CONSENT_FORM = "formulär för samtycke";
    static final int MAX_SIGNED_FORM = 10 * 1024 * 1024;
    private static final String WITHDRAWAL_FORM = "formulär för återkallelse";
    private static final String DISCLOSURE_FORM = "formulär för utlämnande";

    private final PersonRegister register;
    private final Consents consents;
    private final Disclosures disclosures;
    private final LegalBasisCatalogue catalogue;
    private final ConsentSettings settings;
    private final ConsentFormDocument document;
    private final PersonLogDocument logDocument;
    private final RegisterExtractDocument extractDocument;
    private final AuditEvents auditEvents;
    private final List<AuditActorNames> actorNames;
    private final Actors actors;
    private final Texts texts;
    private final Changes changes;
    private final Clock clock;

    ConsentPages(PersonRegister register, Consents consents, Disclosures disclosures, LegalBasisCatalogue catalogue,
                 ConsentSettings settings, ConsentFormDocument document, PersonLogDocument logDocument,
                 RegisterExtractDocument extractDocument,
                 AuditEvents auditEvents, List<AuditActorNames> actorNames, Actors actors, Texts texts,
                 Changes changes, Clock clock) {
        this.register = register;
        this.consents = consents;
        this.disclosures = disclosures;
        this.catalogue = catalogue;
        this.settings = settings;
        this.document = document;
        this.logDocument = logDocument;
        this.extractDocument = extractDocument;
        this.auditEvents = auditEvents;
        this.actorNames = actorNames;
        this.actors = actors;
        this.texts = texts;
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping(PERSON + "/consents/new")
    String newConsent(@PathVariable long centreId, @PathVariable long unitId, @PathVariable long personId,
                      Model model) {
        Register at = register.require(centreId, unitId);
        Person person = register.forForm(at, personId, CONSENT_FORM, AccessPurpose.CONSENT);
        model.addAttribute("form", ConsentForm.initial(at.operation(), register.operationsAt(at).keySet(),
                ConsentForms.givers(person.details()), today(), settings.current().maxValidityMonths()));
        return consentForm(at, person, model);
    }

    @PostMapping(PERSON + "/consents")
    String recordConsent(@PathVariable long centreId, @PathVariable long unitId, @PathVariable long personId,
                         @ModelAttribute("form") ConsentForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        Register at = register.require(centreId, unitId);
        Person person = register.forForm(at, personId, CONSENT_FORM, AccessPurpose.CONSENT);
        var consent = ConsentForms.consent(form, person.details(), register.operationsAt(at).keySet(), today(),
                settings.current().maxValidityMonths(), errors);
        if (consent.isEmpty()) {
            return consentForm(at, person, model);
        }
        return changes.attempt(Changes.page(model, PersonRegister.AUDIT_TYPE, personId), () -> {
            consents.record(at, personId, consent.get(), actors.require().username());
            redirect.addFlashAttribute("notice", "consent.consent.recorded");
            return personPage(at, personId);
        }, () -> consentForm(at, person, model));
    }

    @GetMapping(PERSON + "/consents/{consentId}/withdraw")
    String withdrawal(@PathVariable long centreId, @PathVariable long unitId, @PathVariable long personId,
                      @PathVariable long consentId, Model model) {
        Register at = register.require(centreId, unitId);
        Person person = register.forForm(at, personId, WITHDRAWAL_FORM, AccessPurpose.CONSENT);
        model.addAttribute("form", new WithdrawalForm(today().toString(), ""));
        return withdrawalForm(at, person, consent(personId, consentId), model);
    }

    @PostMapping(PERSON + "/consents/{consentId}/withdraw")
    String withdraw(@PathVariable long centreId, @PathVariable long unitId, @PathVariable long personId,
                    @PathVariable long consentId, @ModelAttribute("form") WithdrawalForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        Register at = register.require(centreId, unitId);
        Person person = register.forForm(at, personId, WITHDRAWAL_FORM, AccessPurpose.CONSENT);
        ConsentRecord consent = consent(personId, consentId);
        var withdrawal = ConsentForms.withdrawal(form, today(), errors);
        if (withdrawal.isEmpty()) {
            return withdrawalForm(at, person, consent, model);
        }
        return changes.attempt(Changes.page(model, PersonRegister.AUDIT_TYPE, personId), () -> {
            consents.withdraw(at, personId, consentId, withdrawal.get().on(), withdrawal.get().how(),
                    actors.require().username());
            redirect.addFlashAttribute("notice", "consent.consent.withdrawn");
            return personPage(at, personId);
        }, () -> withdrawalForm(at, person, consent, model));
    }

    /**
     * Attaches the scanned, signed form to a written consent: a PDF that can be read, at most
     * {@link #MAX_SIGNED_FORM} bytes. What is wrong is told on the person's page, and nothing is stored.
     */
    @PostMapping(PERSON + "/consents/{consentId}/signed-form")
    String attachSignedForm(@PathVariable long centreId, @PathVariable long unitId, @PathVariable long personId,
                            @PathVariable long consentId, @RequestParam(required = false) MultipartFile file,
                            RedirectAttributes redirect) throws IOException {
        Register at = register.require(centreId, unitId);
        register.person(at, personId);
        consent(personId, consentId);
        Optional<String> problem = SignedForms.problem(file, MAX_SIGNED_FORM);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("refusal", texts.message(problem.get(), consentId));
            return personPage(at, personId);
        }
        try {
            consents.attachSignedForm(at, personId, consentId, file.getBytes(), SignedForms.filename(file, consentId),
                    actors.require().username());
            redirect.addFlashAttribute("notice", "consent.signed-form.attached");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("refusal", texts.message(refused.key(), consentId));
        }
        return personPage(at, personId);
    }

    @GetMapping(PERSON + "/consents/{consentId}/signed-form.pdf")
    ResponseEntity<byte[]> signedForm(@PathVariable long centreId, @PathVariable long unitId,
                                      @PathVariable long personId, @PathVariable long consentId) {
        Register at = register.require(centreId, unitId);
        register.person(at, personId);
        Consents.SignedForm form = consents.signedForm(at, personId, consentId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("samtycke-" + consentId + "-undertecknat.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(form.content());
    }

    @GetMapping(PERSON + "/disclosures/new")
    String newDisclosure(@PathVariable long centreId, @PathVariable long unitId, @PathVariable long personId,
                         Model model) {
        Register at = register.require(centreId, unitId);
        Person person = register.forForm(at, personId, DISCLOSURE_FORM, AccessPurpose.DISCLOSURE);
        model.addAttribute("form", DisclosureForm.initial(today()));
        return disclosureForm(at, person, model);
    }

    @PostMapping(PERSON + "/disclosures")
    String disclose(@PathVariable long centreId, @PathVariable long unitId, @PathVariable long personId,
                    @ModelAttribute("form") DisclosureForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        Register at = register.require(centreId, unitId);
        Person person = register.forForm(at, personId, DISCLOSURE_FORM, AccessPurpose.DISCLOSURE);
        var request = ConsentForms.disclosure(form, at.operation(), register.operationsAt(at), rules(), today(),
                errors);
        if (request.isEmpty()) {
            return disclosureForm(at, person, model);
        }
        return changes.attempt(Changes.page(model, PersonRegister.AUDIT_TYPE, personId), () -> {
            Disclosures.Outcome outcome = disclosures.disclose(at, personId, request.get(),
                    actors.require().username());
            if (!outcome.allowed()) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("refusedReasons", outcome.reasons());
                return disclosureForm(at, person, model);
            }
            redirect.addFlashAttribute("notice", "consent.disclosure.recorded");
            redirect.addFlashAttribute("noticeDetail", outcome.reasons());
            return personPage(at, personId);
        }, () -> disclosureForm(at, person, model));
    }

    /**
     * The consent form to print and sign, in Swedish or (with {@code lang=en}) English. For a person with protected
     * identity it has blank lines instead of the name and number.
     */
    @GetMapping(PERSON + "/consent-form.pdf")
    ResponseEntity<byte[]> consentFormPdf(@PathVariable long centreId, @PathVariable long unitId,
                                          @PathVariable long personId, @RequestParam(required = false) String lang) {
        Register at = register.require(centreId, unitId);
        Person person = register.forForm(at, personId, "samtyckesblankett utskriven", AccessPurpose.CONSENT);
        PersonDetails details = person.details();
        boolean hidden = details.protectedIdentity();
        List<String> named = Stream.of(details.custodian1(), details.custodian2()).filter(Objects::nonNull).toList();
        List<String> custodians = hidden ? Collections.nCopies(named.size(), null) : named;
        var subject = new ConsentFormDocument.Subject(at.centreName(), at.operation(), details.kind(),
                hidden ? null : details.name(), hidden ? null : register.identity(person), custodians,
                ConsentForms.givers(details));
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : ConsentFormDocument.SWEDISH;
        byte[] pdf = document.render(subject, register.operationsAt(at).keySet(), settings.current().maxValidityMonths(),
                locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("en".equals(lang) ? "consent.pdf" : "samtycke.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    /**
     * The person's log extract: who has read or changed their record in this register, and when, for the person or
     * the custodians who ask. Printing it is itself a read of the person, and in the extract.
     */
    @GetMapping(PERSON + "/log.pdf")
    ResponseEntity<byte[]> logPdf(@PathVariable long centreId, @PathVariable long unitId,
                                  @PathVariable long personId) {
        Register at = register.require(centreId, unitId);
        Person person = register.forForm(at, personId, "loggutdrag utskrivet", AccessPurpose.EXTRACT);
        boolean hidden = person.protectedIdentity();
        List<AuditEvent> events = auditEvents.about(AuditPerson.of(PersonRegister.AUDIT_PERSON, personId));
        Set<String> usernames = events.stream().map(AuditEvent::actor).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        actorNames.forEach(source -> names.putAll(source.displayNames(usernames)));
        Actor printer = actors.require();
        byte[] pdf = logDocument.render(new PersonLogDocument.Subject(at.centreName(), texts.operation(at.operation()),
                hidden ? null : person.details().name(), hidden ? null : register.identity(person),
                LocalDateTime.now(clock), printer.displayName()), events, names);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("loggutdrag.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    /**
     * The person's register extract (GDPR art. 15): everything this register holds about them. It is sent as a form,
     * so that for a person with protected identity it carries the reason, which the audited read keeps; without one
     * it answers 400 and reads nothing.
     */
    @PostMapping(PERSON + "/extract.pdf")
    ResponseEntity<byte[]> extractPdf(@PathVariable long centreId, @PathVariable long unitId,
                                      @PathVariable long personId, @RequestParam(required = false) String reason) {
        Register at = register.require(centreId, unitId);
        String given = reason == null ? "" : reason.strip();
        if (given.length() > PersonRegister.MAX_REASON) {
            throw new ResponseStatusException(BAD_REQUEST);
        }
        PersonRegister.PersonView person = register.open(at, personId, given.isEmpty() ? null
                        : given + " (registerutdrag)", AccessPurpose.EXTRACT)
                .orElseThrow(() -> new ResponseStatusException(BAD_REQUEST));
        Map<Long, BaseOperation> operations = new HashMap<>();
        register.operationsAt(at).forEach((operation, unit) -> operations.put(unit.id(), operation));
        byte[] pdf = extractDocument.render(new RegisterExtractDocument.Contents(at, person,
                consents.of(personId), disclosures.of(personId), disclosures.refusals(personId),
                unit -> operations.containsKey(unit) ? texts.operation(operations.get(unit)) : "–",
                settings.current().retentionYears(), LocalDateTime.now(clock),
                actors.require().displayName()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("registerutdrag.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    private String consentForm(Register at, Person person, Model model) {
        page(at, person, model);
        model.addAttribute("operations", register.operationsAt(at).keySet());
        model.addAttribute("kinds", InformationKind.values());
        model.addAttribute("givers", ConsentForms.givers(person.details()));
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("ways", GivenHow.values());
        model.addAttribute("maxMonths", settings.current().maxValidityMonths());
        return "consent/consent-form";
    }

    private String withdrawalForm(Register at, Person person, ConsentRecord consent, Model model) {
        page(at, person, model);
        model.addAttribute("consent", consent);
        model.addAttribute("ways", GivenHow.values());
        return "consent/withdrawal-form";
    }

    private String disclosureForm(Register at, Person person, Model model) {
        page(at, person, model);
        Map<BaseOperation, UnitSummary> operations = register.operationsAt(at);
        operations.remove(at.operation());
        model.addAttribute("receivers", operations.keySet());
        model.addAttribute("kinds", InformationKind.values());
        model.addAttribute("rules", catalogue.secrecyBreakingRules());
        return "consent/disclosure-form";
    }

    private void page(Register at, Person person, Model model) {
        model.addAttribute("register", at);
        model.addAttribute("personId", person.id());
        model.addAttribute("details", person.details());
        model.addAttribute("protectedIdentity", person.protectedIdentity());
    }

    private ConsentRecord consent(long personId, long consentId) {
        return consents.of(personId).stream().filter(c -> c.id() == consentId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private Set<String> rules() {
        return catalogue.secrecyBreakingRules().stream().map(LegalBasis::code).collect(Collectors.toSet());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String personPage(Register at, long personId) {
        return "redirect:/centres/" + at.centreId() + "/register/" + at.unitId() + "/persons/" + personId;
    }
}
