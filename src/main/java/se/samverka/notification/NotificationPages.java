package se.samverka.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.identity.EmailAddresses;
import se.samverka.identity.MailRecipients;
import se.samverka.platform.FormValues;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every signed-in user's notification settings (their e-mail address and how each kind of notice reaches them), and
 * the county administrator's view of the outbox ("Utkorg", under /admin).
 */
@Controller
class NotificationPages {

    static final int OUTBOX_ROWS = 200;

    private final Actors actors;
    private final MailRecipients recipients;
    private final NotificationSettings settings;
    private final Outbox outbox;
    private final OutboxWorker worker;

    NotificationPages(Actors actors, MailRecipients recipients, NotificationSettings settings, Outbox outbox,
                      OutboxWorker worker) {
        this.actors = actors;
        this.recipients = recipients;
        this.settings = settings;
        this.outbox = outbox;
        this.worker = worker;
    }

    /**
     * The settings form: one field per kind the user chooses for. {@code signingRequest} is not offered; a request that
     * sends it anyway is refused unless it says what is always so.
     */
    record SettingsForm(String email, String partySigned, String agreementSealed, String actionPointAssigned,
                        String actionPointDue, String deadlineDue, String minutesToAdjust, String signingRequest) {

        static SettingsForm of(String email, Map<NotificationKind, Delivery> chosen) {
            return new SettingsForm(email == null ? "" : email, chosen.get(NotificationKind.PARTY_SIGNED).name(),
                    chosen.get(NotificationKind.AGREEMENT_SEALED).name(),
                    chosen.get(NotificationKind.ACTION_POINT_ASSIGNED).name(),
                    chosen.get(NotificationKind.ACTION_POINT_DUE).name(),
                    chosen.get(NotificationKind.DEADLINE_DUE).name(),
                    chosen.get(NotificationKind.MINUTES_TO_ADJUST).name(), null);
        }

        public Map<String, String> fields() {
            return Map.of("partySigned", partySigned == null ? "" : partySigned,
                    "agreementSealed", agreementSealed == null ? "" : agreementSealed,
                    "actionPointAssigned", actionPointAssigned == null ? "" : actionPointAssigned,
                    "actionPointDue", actionPointDue == null ? "" : actionPointDue,
                    "deadlineDue", deadlineDue == null ? "" : deadlineDue,
                    "minutesToAdjust", minutesToAdjust == null ? "" : minutesToAdjust);
        }
    }

    /** The kinds on the form, in its order, with their field names. */
    static final List<Map.Entry<String, NotificationKind>> FIELDS = List.of(
            Map.entry("partySigned", NotificationKind.PARTY_SIGNED),
            Map.entry("agreementSealed", NotificationKind.AGREEMENT_SEALED),
            Map.entry("actionPointAssigned", NotificationKind.ACTION_POINT_ASSIGNED),
            Map.entry("actionPointDue", NotificationKind.ACTION_POINT_DUE),
            Map.entry("deadlineDue", NotificationKind.DEADLINE_DUE),
            Map.entry("minutesToAdjust", NotificationKind.MINUTES_TO_ADJUST));

    @GetMapping("/installningar/aviseringar")
    String show(Model model) {
        Actor actor = actors.require();
        MailRecipients.Recipient me = recipients.byId(actor.userId()).orElseThrow();
        model.addAttribute("form", SettingsForm.of(me.email(), settings.of(actor.userId())));
        return page(model);
    }

    @PostMapping("/installningar/aviseringar")
    String change(@ModelAttribute("form") SettingsForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Actor actor = actors.require();
        MailRecipients.Recipient me = recipients.byId(actor.userId()).orElseThrow();
        String email = form.email() == null ? "" : form.email().strip();
        if (!email.isEmpty() && !EmailAddresses.valid(email)) {
            errors.rejectValue("email", "notification.settings.email.format");
        }
        Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
        for (Map.Entry<String, NotificationKind> field : FIELDS) {
            FormValues.choice(Delivery.class, form.fields().get(field.getKey())).ifPresentOrElse(
                    delivery -> choices.put(field.getValue(), delivery),
                    () -> errors.rejectValue(field.getKey(), "notification.settings.choose"));
        }
        if (form.signingRequest() != null && !Delivery.IMMEDIATELY.name().equals(form.signingRequest())) {
            errors.reject("notification.settings.signing-request-always");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        settings.change(actor.userId(), me.email(), email, choices);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/installningar/aviseringar";
    }

    private String page(Model model) {
        model.addAttribute("fields", FIELDS);
        model.addAttribute("deliveries", Arrays.asList(Delivery.values()));
        return "notification/settings";
    }

    @GetMapping("/admin/utkorg")
    String outbox(Model model) {
        model.addAttribute("entries", outbox.latest(OUTBOX_ROWS));
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("sending", worker.sending());
        model.addAttribute("limit", OUTBOX_ROWS);
        return "notification/outbox";
    }
}
