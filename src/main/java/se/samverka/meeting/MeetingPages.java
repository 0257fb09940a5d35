package se.samverka.meeting;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.agreement.AgreementTerms;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreGate;
import se.samverka.centre.CentreView;
import se.samverka.identity.Actors;
import se.samverka.identity.MailRecipients.Recipient;
import se.samverka.meeting.MeetingForms.ActionForm;
import se.samverka.meeting.MeetingForms.AdjustmentForm;
import se.samverka.meeting.MeetingForms.ApprovalForm;
import se.samverka.meeting.MeetingForms.AttendeeForm;
import se.samverka.meeting.MeetingForms.CorrectionForm;
import se.samverka.meeting.MeetingForms.ItemForm;
import se.samverka.meeting.MeetingForms.MeetingForm;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.rules.BaseOperation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A centre's meetings and their minutes: who may see the centre sees them, its editors schedule and write them. */
@Controller
class MeetingPages {

    private final MeetingWork work;
    private final CentreGate gate;
    private final Actors actors;
    private final AgreementTerms agreements;
    private final Changes changes;
    private final MinutesDocument minutes;

    MeetingPages(MeetingWork work, CentreGate gate, Actors actors, AgreementTerms agreements,
                 Changes changes, MinutesDocument minutes) {
        this.work = work;
        this.gate = gate;
        this.actors = actors;
        this.agreements = agreements;
        this.changes = changes;
        this.minutes = minutes;
    }

    @GetMapping("/centres/{id}/meetings")
    String list(@PathVariable long id, Model model) {
        CentreView centre = gate.require(id, CentreAction.FOLLOW);
        LocalDateTime now = work.now();
        List<Meeting> meetings = work.of(id);
        model.addAttribute("centre", centre);
        model.addAttribute("upcoming", meetings.stream().filter(m -> !m.heldBy(now)).toList());
        model.addAttribute("held", meetings.stream().filter(m -> m.heldBy(now)).toList().reversed());
        model.addAttribute("canChange", gate.may(id, CentreAction.PREPARE));
        return "meeting/list";
    }

    @GetMapping("/centres/{id}/meetings/new")
    String newMeeting(@PathVariable long id, Model model) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        model.addAttribute("meeting", MeetingForm.empty());
        return form(centre, model);
    }

    @PostMapping("/centres/{id}/meetings")
    String schedule(@PathVariable long id, @ModelAttribute("meeting") MeetingForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        List<Meeting> series = MeetingForms.meetings(id, form, errors);
        if (series.isEmpty()) {
            return form(centre, model);
        }
        List<Long> ids = work.schedule(series);
        if (ids.size() > 1) {
            redirect.addFlashAttribute("notice", "meeting.series-scheduled");
            redirect.addFlashAttribute("scheduled", ids.size());
            return "redirect:/centres/" + id + "/meetings";
        }
        redirect.addFlashAttribute("notice", "meeting.scheduled");
        return "redirect:/meetings/" + ids.getFirst();
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, Model model) {
        CentreView centre = gate.require(centreOf(id), CentreAction.FOLLOW);
        Meeting meeting = work.read(id).orElseThrow();
        return page(centre, meeting, model, null);
    }

    @PostMapping("/meetings/{id}/attendees")
    String attend(@PathVariable long id, @ModelAttribute("attendee") AttendeeForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(centreOf(id), CentreAction.PREPARE);
        Meeting meeting = work.read(id).orElseThrow();
        return change(centre, id, meeting, "attendee", errors, model, redirect, () -> {
            meeting.expectOpen();
            var attendee = MeetingForms.attendee(form, operations(centre), meeting.premisesMatters(),
                    midwifeCoLocated(centre), errors);
            if (attendee.isEmpty()) {
                return null;
            }
            work.attend(id, attendee.get(), midwifeCoLocated(centre), FormValues.version(form.version()));
            return "meeting.attendee-added";
        });
    }

    @PostMapping("/meetings/{id}/items")
    String record(@PathVariable long id, @ModelAttribute("item") ItemForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        CentreView centre = gate.require(centreOf(id), CentreAction.PREPARE);
        Meeting meeting = work.read(id).orElseThrow();
        return change(centre, id, meeting, "item", errors, model, redirect, () -> {
            meeting.expectOpen();
            var item = MeetingForms.item(form, errors);
            if (item.isEmpty()) {
                return null;
            }
            work.record(id, item.get(), FormValues.version(form.version()));
            return "meeting.item-added";
        });
    }

    @PostMapping("/meetings/{id}/actions")
    String act(@PathVariable long id, @ModelAttribute("action") ActionForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        CentreView centre = gate.require(centreOf(id), CentreAction.PREPARE);
        Meeting meeting = work.read(id).orElseThrow();
        return change(centre, id, meeting, "action", errors, model, redirect, () -> {
            meeting.expectOpen();
            var action = MeetingForms.action(form, errors);
            if (action.isEmpty()) {
                return null;
            }
            work.act(id, action.get(), FormValues.version(form.version()));
            return "meeting.action-added";
        });
    }

    @PostMapping("/meetings/{id}/actions/{index}/status")
    String settle(@PathVariable long id, @PathVariable int index, @RequestParam(required = false) String done,
                  @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(centreOf(id), CentreAction.PREPARE);
        return change(centre, id, null, null, null, model, redirect, () -> {
            work.settle(id, index, FormValues.checked(done), FormValues.version(version));
            return "meeting.action-settled";
        });
    }

    @PostMapping("/meetings/{id}/{part}/{index}/remove")
    String remove(@PathVariable long id, @PathVariable String part, @PathVariable int index,
                  @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        MeetingPart which = MeetingPart.ofPath(part).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CentreView centre = gate.require(centreOf(id), CentreAction.PREPARE);
        return change(centre, id, null, null, null, model, redirect, () -> {
            work.remove(id, which, index, FormValues.version(version));
            return "meeting.removed." + which.name().toLowerCase(Locale.ROOT);
        });
    }

    @PostMapping("/meetings/{id}/approve")
    String approve(@PathVariable long id, @ModelAttribute("approval") ApprovalForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(centreOf(id), CentreAction.PREPARE);
        Meeting meeting = work.read(id).orElseThrow();
        return change(centre, id, meeting, "approval", errors, model, redirect, () -> {
            meeting.expectOpen();
            var adjuster = MeetingForms.adjuster(form, meeting, errors);
            if (adjuster.isEmpty()) {
                return null;
            }
            work.approve(id, adjuster.get(), actors.require().username(), FormValues.version(form.version()));
            return "meeting.approved";
        });
    }

    @PostMapping("/meetings/{id}/adjustment")
    String askAdjustment(@PathVariable long id, @ModelAttribute("adjustment") AdjustmentForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(centreOf(id), CentreAction.PREPARE);
        Meeting meeting = work.read(id).orElseThrow();
        return change(centre, id, meeting, "adjustment", errors, model, redirect, () -> {
            meeting.expectOpen();
            var adjuster = MeetingForms.asked(form, adjustable(meeting, work.accounts(meeting.centreId())), errors);
            if (adjuster.isEmpty()) {
                return null;
            }
            work.askAdjustment(id, adjuster.get(), FormValues.version(form.version()));
            return "meeting.adjustment-asked";
        });
    }

    @PostMapping("/meetings/{id}/corrections")
    String correct(@PathVariable long id, @ModelAttribute("correction") CorrectionForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(centreOf(id), CentreAction.PREPARE);
        Meeting meeting = work.read(id).orElseThrow();
        return change(centre, id, meeting, "correction", errors, model, redirect, () -> {
            var correction = MeetingForms.correction(form, meeting, errors);
            if (correction.isEmpty()) {
                return null;
            }
            work.correct(id, correction.get().itemKey(), correction.get().text(), actors.require().username());
            return "meeting.corrected";
        });
    }

    @GetMapping("/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        CentreView centre = gate.require(centreOf(id), CentreAction.FOLLOW);
        Meeting meeting = work.read(id).orElseThrow();
        byte[] pdf = minutes.pdf(meeting, centre.name(), work.corrections(id), work.now().toLocalDate());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("protokoll-" + meeting.startsAt().toLocalDate() + "-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    /**
     * One change of the meeting from its form {@code form}, as the {@code meeting} it was sent against, with the
     * form's binding; or from a button (all three null). The page again with the form's errors when the step finds
     * any (it returns null), else the step's notice.
     */
    private String change(CentreView centre, long id, Meeting meeting, String form, BindingResult errors, Model model,
                          RedirectAttributes redirect, Supplier<String> step) {
        if (errors != null && errors.hasErrors()) {
            return page(centre, meeting, model, form);
        }
        Changes.Target target = errors == null ? Changes.page(model, MeetingWork.AUDIT_TYPE, id)
                : Changes.form(model, errors, MeetingWork.AUDIT_TYPE, id, meeting::version);
        return changes.attempt(target, () -> {
            String notice = step.get();
            if (notice == null) {
                return page(centre, meeting, model, form);
            }
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/meetings/" + id;
        }, () -> page(centre, work.read(id).orElseThrow(), model, form));
    }

    /** The meeting page; the form that failed keeps its input and errors, the others start empty. */
    private String page(CentreView centre, Meeting meeting, Model model, String failed) {
        if (!"attendee".equals(failed)) {
            model.addAttribute("attendee", AttendeeForm.empty(meeting));
        }
        if (!"item".equals(failed)) {
            model.addAttribute("item", ItemForm.empty(meeting));
        }
        if (!"action".equals(failed)) {
            model.addAttribute("action", ActionForm.empty(meeting));
        }
        if (!"approval".equals(failed)) {
            model.addAttribute("approval", ApprovalForm.empty(meeting));
        }
        if (!"adjustment".equals(failed)) {
            model.addAttribute("adjustment", AdjustmentForm.empty(meeting));
        }
        if (!"correction".equals(failed)) {
            model.addAttribute("correction", CorrectionForm.empty());
        }
        List<Correction> corrections = work.corrections(meeting.id());
        Map<Integer, List<Correction>> byItem = corrections.stream()
                .collect(Collectors.groupingBy(Correction::itemKey));
        model.addAttribute("centre", centre);
        model.addAttribute("m", meeting);
        model.addAttribute("corrections", byItem);
        model.addAttribute("operations", operations(centre));
        model.addAttribute("midwifeExcluded", meeting.premisesMatters() && !midwifeCoLocated(centre)
                && operations(centre).contains(BaseOperation.MIDWIFE_CLINIC));
        model.addAttribute("held", meeting.heldBy(work.now()));
        Function<String, Optional<Recipient>> accounts = work.accounts(meeting.centreId());
        model.addAttribute("adjustable", meeting.locked() ? List.of() : adjustable(meeting, accounts));
        model.addAttribute("unmatchedOwners", meeting.actions().stream()
                .map(a -> accounts.apply(a.owner()).isEmpty()).toList());
        model.addAttribute("canChange", gate.may(centre.id(), CentreAction.PREPARE));
        return "meeting/show";
    }

    /** The present attendees whom one account of the centre answers to: who may be asked to adjust. */
    private static List<String> adjustable(Meeting meeting, Function<String, Optional<Recipient>> accounts) {
        return meeting.attendees().stream().filter(Attendee::present).map(Attendee::name).distinct()
                .filter(name -> accounts.apply(name).isPresent()).toList();
    }

    private String form(CentreView centre, Model model) {
        model.addAttribute("centre", centre);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("repeats", MeetingForms.REPEATS);
        model.addAttribute("terms", agreements.cooperationInForce(centre.id(), work.now().toLocalDate()).orElse(null));
        return "meeting/form";
    }

    private static List<BaseOperation> operations(CentreView centre) {
        return centre.participations().stream().map(CentreView.ParticipationView::operation).distinct().sorted().toList();
    }

    private static boolean midwifeCoLocated(CentreView centre) {
        return centre.participations().stream()
                .anyMatch(p -> p.operation() == BaseOperation.MIDWIFE_CLINIC && p.coLocated());
    }

    private long centreOf(long meetingId) {
        return work.centreOf(meetingId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
