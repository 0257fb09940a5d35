package se.samverka.agreement;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreGate;
import se.samverka.centre.CentreView;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.platform.Refusal;
import se.samverka.rules.RB2a;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A centre's agreements, drafting, sending, signing, amending and the documents. */
@Controller
class AgreementPages {

    private final LocalAgreements agreements;
    private final CentreGate gate;
    private final AgreementFormValidation validation;
    private final AgreementChecks checks;
    private final AgreementComposer composer;
    private final SignatoryValidation signatories;
    private final Actors actors;
    private final Clock clock;
    private final Changes changes;

    AgreementPages(LocalAgreements agreements, CentreGate gate, AgreementFormValidation validation,
                   AgreementChecks checks, AgreementComposer composer, SignatoryValidation signatories,
                   Actors actors, Clock clock, Changes changes) {
        this.agreements = agreements;
        this.gate = gate;
        this.validation = validation;
        this.checks = checks;
        this.composer = composer;
        this.signatories = signatories;
        this.actors = actors;
        this.clock = clock;
        this.changes = changes;
    }

    @GetMapping("/centres/{id}/agreements")
    String list(@PathVariable("id") long centreId, Model model) {
        CentreView centre = gate.require(centreId, CentreAction.FOLLOW);
        model.addAttribute("centre", centre);
        model.addAttribute("agreements", agreements.ofCentre(centreId).stream().map(AgreementSummary::of).toList());
        model.addAttribute("deadlines", checks.deadlines(agreements.ofCentre(centreId), LocalDate.now(clock)));
        model.addAttribute("canChange", gate.may(centreId, CentreAction.PREPARE));
        return "agreement/list";
    }

    @GetMapping("/centres/{id}/agreements/new")
    String newDraft(@PathVariable("id") long centreId, @RequestParam(defaultValue = "COOPERATION") String kind,
                    Model model) {
        CentreView centre = gate.require(centreId, CentreAction.PREPARE);
        AgreementKind agreementKind = FormValues.choice(AgreementKind.class, kind)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("form", AgreementProposals.proposal(agreementKind, centre));
        return formPage(centre, agreementKind, null, model);
    }

    @PostMapping("/centres/{id}/agreements")
    String start(@PathVariable("id") long centreId, @ModelAttribute("form") AgreementForm form, BindingResult binding,
                 Model model, HttpServletRequest request) {
        CentreView centre = gate.require(centreId, CentreAction.PREPARE);
        AgreementKind kind = FormValues.choice(AgreementKind.class, form.kind()).orElse(AgreementKind.COOPERATION);
        Optional<DraftInput> draft = validation.validate(form, kind, centre, binding);
        if (draft.isEmpty()) {
            return formPage(centre, kind, null, model);
        }
        long id = agreements.start(centreId, kind, draft.get(), origin(request));
        return "redirect:/agreements/" + id;
    }

    @GetMapping("/agreements/{id}")
    String show(@PathVariable long id, Model model, HttpServletRequest request) {
        visible(id);
        agreements.viewed(id, origin(request));
        return showPage(agreements.find(id).orElseThrow(), model);
    }

    @GetMapping("/agreements/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Agreement agreement = allowed(id, CentreAction.PREPARE);
        CentreView centre = agreements.centre(agreement);
        AgreementForm form = AgreementProposals.of(agreement);
        if (agreement.kind() == AgreementKind.USAGE_RIGHT) {
            form = AgreementProposals.withUsageParties(form, agreement, centre);
        }
        model.addAttribute("form", form);
        return formPage(centre, agreement.kind(), agreement, model);
    }

    @PostMapping("/agreements/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") AgreementForm form, BindingResult binding, Model model,
                HttpServletRequest request, RedirectAttributes redirect) {
        Agreement agreement = allowed(id, CentreAction.PREPARE);
        CentreView centre = agreements.centre(agreement);
        Optional<DraftInput> draft = validation.validate(form, agreement.kind(), centre, binding);
        if (draft.isEmpty()) {
            return formPage(centre, agreement.kind(), agreement, model);
        }
        return changes.attempt(Changes.form(model, binding, LocalAgreements.AUDIT_TYPE, id, agreement::version), () -> {
            agreements.edit(id, form.expectedVersion(), draft.get(), origin(request));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/agreements/" + id;
        }, () -> formPage(centre, agreement.kind(), agreement, model));
    }

    @GetMapping("/agreements/{id}/send")
    String sendForm(@PathVariable long id, Model model) {
        Agreement agreement = allowed(id, CentreAction.DECIDE);
        model.addAttribute("form", SendForm.of(agreement));
        return sendPage(agreement, model);
    }

    @PostMapping("/agreements/{id}/send")
    String send(@PathVariable long id, @ModelAttribute("form") SendForm form, BindingResult binding, Model model,
                HttpServletRequest request, RedirectAttributes redirect) {
        Agreement agreement = allowed(id, CentreAction.DECIDE);
        if (form.signatories().size() != agreement.parties().size()) {
            form = form.withRows(agreement.parties().size());
            BindingResult fitted = new BeanPropertyBindingResult(form, "form");
            fitted.addAllErrors(binding);
            binding = fitted;
            model.addAttribute("form", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
        }
        Optional<List<Agreement.Signatory>> named = signatories.validate(form, agreement, binding);
        if (named.isEmpty()) {
            return sendPage(agreement, model);
        }
        int expectedVersion = form.expectedVersion();
        return changes.attempt(Changes.form(model, binding, LocalAgreements.AUDIT_TYPE, id, agreement::version), () -> {
            agreements.send(id, expectedVersion, named.get(), origin(request));
            redirect.addFlashAttribute("notice", "agreement.sent");
            return "redirect:/agreements/" + id;
        }, () -> sendPage(agreement, model));
    }

    @PostMapping("/agreements/{id}/recall")
    String recall(@PathVariable long id, @RequestParam(required = false) String version, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        allowed(id, CentreAction.DECIDE);
        return act(id, model, () -> {
            agreements.recall(id, FormValues.version(version), origin(request));
            redirect.addFlashAttribute("notice", "agreement.recalled");
            return "redirect:/agreements/" + id;
        });
    }

    @PostMapping("/agreements/{id}/sign")
    String sign(@PathVariable long id, @RequestParam(required = false) String sha256,
                @RequestParam(required = false) String place, @RequestParam(required = false) String title,
                @RequestParam(required = false) String confirmed, Model model, HttpServletRequest request,
                RedirectAttributes redirect) {
        visible(id);
        var confirmation = new SigningStep.Confirmation(sha256 == null ? "" : sha256.strip(),
                place == null ? null : place.strip(), title == null ? null : title.strip(),
                FormValues.checked(confirmed));
        return act(id, model, () -> {
            if (confirmation.place() != null && confirmation.place().length() > AgreementFormValidation.MAX_LINE) {
                throw new Refusal("agreement.refused.place-too-long");
            }
            if (confirmation.title() != null && confirmation.title().length() > AgreementFormValidation.MAX_LINE) {
                throw new Refusal("agreement.refused.title-too-long");
            }
            boolean complete = agreements.sign(id, confirmation, origin(request));
            redirect.addFlashAttribute("notice", complete ? "agreement.signed-by-all" : "agreement.signed");
            return "redirect:/agreements/" + id;
        });
    }

    @PostMapping("/agreements/{id}/amend")
    String amend(@PathVariable long id, Model model, HttpServletRequest request) {
        allowed(id, CentreAction.PREPARE);
        return act(id, model, () -> "redirect:/agreements/" + agreements.amend(id, origin(request)) + "/edit");
    }

    @GetMapping("/agreements/{id}/terminate")
    String terminationForm(@PathVariable long id, Model model) {
        Agreement agreement = allowed(id, CentreAction.DECIDE);
        return act(id, model, () -> {
            if (agreement.terminationNoticedOn() != null) {
                throw new Refusal("agreement.refused.already-terminated");
            }
            if (agreement.status() != AgreementStatus.SIGNED) {
                throw new Refusal("agreement.refused.not-signed");
            }
            model.addAttribute("form", new TerminationForm(LocalDate.now(clock).toString(), "", ""));
            return terminationPage(agreement, null, model);
        });
    }

    /**
     * Registering a termination takes two steps: the date the written notice was given, then a confirmation on a page
     * that says when the agreement ends and what follows.
     */
    @PostMapping("/agreements/{id}/terminate")
    String terminate(@PathVariable long id, @ModelAttribute("form") TerminationForm form, BindingResult binding,
                     Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Agreement agreement = allowed(id, CentreAction.DECIDE);
        Optional<LocalDate> noticedOn = FormValues.date(form.noticedOn());
        if (noticedOn.isEmpty()) {
            binding.rejectValue("noticedOn", "agreement.refused.notice-date");
        } else if (noticedOn.get().isAfter(LocalDate.now(clock))) {
            binding.rejectValue("noticedOn", "agreement.terminate.date.future");
        }
        if (binding.hasErrors()) {
            return terminationPage(agreement, null, model);
        }
        if (!form.confirmedChecked()) {
            if (form.reviewedChecked()) {
                binding.rejectValue("confirmed", "agreement.terminate.confirm.required");
            }
            return terminationPage(agreement, noticedOn.get(), model);
        }
        return act(id, model, () -> {
            agreements.terminate(id, noticedOn.get(), origin(request));
            redirect.addFlashAttribute("notice", "agreement.terminated");
            return "redirect:/agreements/" + id;
        });
    }

    @GetMapping("/agreements/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Agreement agreement = visible(id);
        return download(agreements.pdf(agreement), fileName(agreement, "pdf"), MediaType.APPLICATION_PDF);
    }

    /** The version the parties were shown and signed, whose SHA-256 the agreement page and the evidence report give. */
    @GetMapping("/agreements/{id}/signed-version.pdf")
    ResponseEntity<byte[]> signedVersion(@PathVariable long id) {
        Agreement agreement = visible(id);
        byte[] signed = agreements.signedVersion(agreement)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(signed, "undertecknad-" + fileName(agreement, "pdf"), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/agreements/{id}/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        Agreement agreement = visible(id);
        return download(agreements.docx(agreement), fileName(agreement, "docx"), MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @GetMapping("/agreements/{id}/compare")
    String compare(@PathVariable long id, @RequestParam(required = false) String with, Model model) {
        Agreement agreement = allowed(id, CentreAction.FOLLOW);
        List<Agreement> series = agreements.series(agreement);
        Agreement other = FormValues.id(with).flatMap(otherId -> series.stream()
                        .filter(v -> v.id() == otherId.longValue()).findFirst())
                .orElseGet(() -> series.stream().filter(v -> v.number() == agreement.number() - 1).findFirst()
                        .orElse(agreement));
        Agreement older = other.number() <= agreement.number() ? other : agreement;
        Agreement newer = other.number() <= agreement.number() ? agreement : other;
        CentreView centre = agreements.centre(agreement);
        model.addAttribute("centre", centre);
        model.addAttribute("agreement", AgreementSummary.of(agreement));
        model.addAttribute("older", AgreementSummary.of(older));
        model.addAttribute("newer", AgreementSummary.of(newer));
        model.addAttribute("series", series.stream().map(AgreementSummary::of).toList());
        model.addAttribute("changes", SectionDiff.compare(sections(older, centre), sections(newer, centre)));
        agreements.compared(older, newer);
        return "agreement/compare";
    }

    private List<FrozenSection> sections(Agreement agreement, CentreView centre) {
        return agreement.status() == AgreementStatus.DRAFT
                ? composer.compose(agreement, centre).stream().map(ComposedSection::frozen).toList()
                : agreement.sections();
    }

    /** A change by a button on the agreement's page; refused or stale, the page again says why. */
    private String act(long id, Model model, Supplier<String> change) {
        return changes.attempt(Changes.page(model, LocalAgreements.AUDIT_TYPE, id), change,
                () -> showPage(agreements.find(id).orElseThrow(), model));
    }

    private String showPage(Agreement agreement, Model model) {
        Actor actor = actors.require();
        CentreView centre = agreements.centre(agreement);
        List<Agreement> series = agreements.series(agreement);
        model.addAttribute("centre", centre);
        model.addAttribute("agreement", AgreementSummary.of(agreement, agreements.history(agreement)));
        model.addAttribute("sections", SectionBody.View.of(sections(agreement, centre)));
        model.addAttribute("findings", agreement.status() == AgreementStatus.DRAFT
                ? checks.check(agreement, centre) : List.of());
        model.addAttribute("ready", !checks.blocksSending(agreement, centre));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("deadlines", checks.deadlines(List.of(agreement), today));
        model.addAttribute("endsIfNoticedToday", agreement.kind() == AgreementKind.USAGE_RIGHT
                && agreement.terminationNoticedOn() == null && agreement.status() != AgreementStatus.SUPERSEDED
                ? RB2a.RULE.endsOn(today, agreement.terms().noticeMonths()) : null);
        model.addAttribute("series", series.stream().map(AgreementSummary::of).toList());
        Set<CentreAction> may = gate.actions(agreement.centreId());
        model.addAttribute("canChange", may.contains(CentreAction.PREPARE));
        model.addAttribute("canDecide", may.contains(CentreAction.DECIDE));
        model.addAttribute("awaitsMe", agreement.awaits(actor.username()));
        model.addAttribute("myParty", agreement.parties().stream().filter(p -> p.isSignatory(actor.username()))
                .filter(p -> !p.hasSigned()).findFirst().orElse(null));
        return "agreement/show";
    }

    private String formPage(CentreView centre, AgreementKind kind, Agreement agreement, Model model) {
        model.addAttribute("centre", centre);
        model.addAttribute("kind", kind);
        model.addAttribute("agreement", agreement == null ? null : AgreementSummary.of(agreement));
        model.addAttribute("periods", CompensationPeriod.values());
        return "agreement/form";
    }

    /** The termination form; with a date, what happens if notice given that day is registered. */
    private String terminationPage(Agreement agreement, LocalDate noticedOn, Model model) {
        LocalDate endsOn = noticedOn == null ? null : AgreementChecks.endsAfterNotice(agreement, noticedOn);
        model.addAttribute("centre", agreements.centre(agreement));
        model.addAttribute("agreement", AgreementSummary.of(agreement));
        model.addAttribute("noticedOn", noticedOn);
        model.addAttribute("endsOn", endsOn);
        model.addAttribute("endsAtTermEnd", endsOn != null && endsOn.equals(agreement.terms().endsOn()));
        return "agreement/terminate";
    }

    private String sendPage(Agreement agreement, Model model) {
        model.addAttribute("centre", agreements.centre(agreement));
        model.addAttribute("agreement", AgreementSummary.of(agreement));
        return "agreement/send";
    }

    /** The agreement, when the user follows its centre or is named to sign this version. */
    private Agreement visible(long id) {
        Agreement agreement = agreements.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!agreement.names(actors.require().username())) {
            gate.check(agreement.centreId(), CentreAction.FOLLOW);
        }
        return agreement;
    }

    private Agreement allowed(long id, CentreAction action) {
        Agreement agreement = agreements.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        gate.check(agreement.centreId(), action);
        return agreement;
    }

    private LocalAgreements.Origin origin(HttpServletRequest request) {
        return new LocalAgreements.Origin(actors.require().username(), request.getRemoteAddr());
    }

    private static String fileName(Agreement agreement, String extension) {
        String base = agreement.kind() == AgreementKind.COOPERATION ? "lokalt-samverkansavtal" : "nyttjanderattsavtal";
        return base + "-" + agreement.centreId() + "-version-" + agreement.number() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
