package se.samverka.meeting;

import org.springframework.validation.Errors;
import se.samverka.platform.FormValues;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.RB3e;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The meeting pages' forms as typed, and what they become once valid; errors go to the fields. */
final class MeetingForms {

    static final int MAX_LINE = 300;
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_DECISION = 2000;
    static final int MAX_AGENDA = 30;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 1, 1);

    private MeetingForms() {
    }

    /**
     * @param repeat      months between the meetings of a series ("" for one meeting)
     * @param occurrences how many meetings the series has, the first included
     */
    record MeetingForm(String kind, String startsAt, String endsAt, String place, String agenda,
                       String premisesMatters, String repeat, String occurrences) {

        static MeetingForm empty() {
            return new MeetingForm("", "", "", "", "", "false", "", "");
        }
    }

    /** The intervals a series may have, in months. */
    static final List<Integer> REPEATS = List.of(1, 2, 3, 4, 6);
    static final int MAX_OCCURRENCES = 24;

    record AttendeeForm(String operation, String name, String present, String version) {

        static AttendeeForm empty(Meeting meeting) {
            return new AttendeeForm("", "", "true", String.valueOf(meeting.version()));
        }
    }

    record ItemForm(String text, String decision, String version) {

        static ItemForm empty(Meeting meeting) {
            return new ItemForm("", "", String.valueOf(meeting.version()));
        }
    }

    record ActionForm(String description, String owner, String dueOn, String version) {

        static ActionForm empty(Meeting meeting) {
            return new ActionForm("", "", "", String.valueOf(meeting.version()));
        }
    }

    record ApprovalForm(String adjuster, String version) {

        static ApprovalForm empty(Meeting meeting) {
            return new ApprovalForm(meeting.adjustmentAskedOf() == null ? "" : meeting.adjustmentAskedOf(),
                    String.valueOf(meeting.version()));
        }
    }

    record AdjustmentForm(String adjuster, String version) {

        static AdjustmentForm empty(Meeting meeting) {
            return new AdjustmentForm(meeting.adjustmentAskedOf() == null ? "" : meeting.adjustmentAskedOf(),
                    String.valueOf(meeting.version()));
        }
    }

    /** @param item the key of the item corrected ({@link MinuteItem#itemKey()}) */
    record CorrectionForm(String item, String text) {

        static CorrectionForm empty() {
            return new CorrectionForm("", "");
        }
    }

    /**
     * The meeting, or a series of them: the same time on the same weekday of the month (the second Tuesday, the
     * last Friday …) every {@code repeat} months.
     */
    static List<Meeting> meetings(long centreId, MeetingForm form, Errors errors) {
        Integer every = null;
        int count = 1;
        if (!FormValues.blank(form.repeat())) {
            Optional<Integer> months = FormValues.integer(form.repeat()).filter(REPEATS::contains);
            if (months.isEmpty()) {
                errors.rejectValue("repeat", "meeting.form.repeat");
            } else {
                every = months.get();
            }
            Optional<Integer> occurrences = FormValues.integer(form.occurrences())
                    .filter(n -> n >= 2 && n <= MAX_OCCURRENCES);
            if (occurrences.isEmpty()) {
                errors.rejectValue("occurrences", "meeting.form.occurrences", new Object[]{MAX_OCCURRENCES}, null);
            } else {
                count = occurrences.get();
            }
        }
        Optional<Meeting> first = meeting(centreId, form, errors);
        if (first.isEmpty() || errors.hasErrors()) {
            return List.of();
        }
        Meeting m = first.get();
        List<Meeting> series = new java.util.ArrayList<>(List.of(m));
        for (int i = 1; i < count; i++) {
            LocalDate day = sameWeekdayOfMonth(m.startsAt().toLocalDate(), i * every);
            series.add(Meeting.schedule(centreId, m.kind(), day.atTime(m.startsAt().toLocalTime()),
                    day.plusDays(java.time.temporal.ChronoUnit.DAYS.between(m.startsAt().toLocalDate(),
                            m.endsAt().toLocalDate())).atTime(m.endsAt().toLocalTime()),
                    m.place(), m.premisesMatters(), m.agenda().stream().map(AgendaItem::text).toList()));
        }
        return series;
    }

    /**
     * The day {@code months} later that has the same place among the weekdays of its month: the n-th such weekday,
     * or the last one when the first day was the last of its kind in the month.
     */
    static LocalDate sameWeekdayOfMonth(LocalDate first, int months) {
        java.time.YearMonth month = java.time.YearMonth.from(first).plusMonths(months);
        boolean last = first.plusWeeks(1).getMonth() != first.getMonth();
        int ordinal = (first.getDayOfMonth() - 1) / 7 + 1;
        return month.atDay(1).with(last ? java.time.temporal.TemporalAdjusters.lastInMonth(first.getDayOfWeek())
                : java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(ordinal, first.getDayOfWeek()));
    }

    private static Optional<Meeting> meeting(long centreId, MeetingForm form, Errors errors) {
        Optional<MeetingKind> kind = FormValues.choice(MeetingKind.class, form.kind());
        if (kind.isEmpty()) {
            errors.rejectValue("kind", "meeting.form.choose-kind");
        }
        LocalDateTime startsAt = dateTime(form.startsAt(), "startsAt", errors);
        LocalDateTime endsAt = dateTime(form.endsAt(), "endsAt", errors);
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            errors.rejectValue("endsAt", "meeting.form.ends-after-start");
        }
        String place = text(form.place(), "place", MAX_LINE, true, errors);
        List<String> agenda = FormValues.blank(form.agenda()) ? List.of()
                : Arrays.stream(form.agenda().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (agenda.size() > MAX_AGENDA) {
            errors.rejectValue("agenda", "meeting.form.agenda-size", new Object[]{MAX_AGENDA}, null);
        } else if (agenda.stream().anyMatch(line -> line.length() > MAX_LINE)) {
            errors.rejectValue("agenda", "meeting.form.agenda-line", new Object[]{MAX_LINE}, null);
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(Meeting.schedule(centreId, kind.orElseThrow(), startsAt, endsAt, place,
                FormValues.checked(form.premisesMatters()), agenda));
    }

    /** RB3e: a midwife clinic that is not co-located is refused at the field when premises are on the agenda. */
    static Optional<Attendee> attendee(AttendeeForm form, Collection<BaseOperation> participating,
                                       boolean premisesMatters, boolean midwifeCoLocated, Errors errors) {
        Optional<BaseOperation> operation = FormValues.choice(BaseOperation.class, form.operation())
                .filter(participating::contains);
        if (operation.isEmpty()) {
            errors.rejectValue("operation", "meeting.form.choose-operation");
        } else if (!RB3e.RULE.mayInvite(operation.get(), premisesMatters, midwifeCoLocated)) {
            errors.rejectValue("operation", "meeting.form.midwife-premises");
        }
        String name = text(form.name(), "name", MAX_NAME, true, errors);
        return errors.hasErrors() ? Optional.empty()
                : Optional.of(new Attendee(operation.orElseThrow(), name, FormValues.checked(form.present())));
    }

    static Optional<MinuteItem> item(ItemForm form, Errors errors) {
        String text = text(form.text(), "text", MAX_TEXT, true, errors);
        String decision = text(form.decision(), "decision", MAX_DECISION, false, errors);
        return errors.hasErrors() ? Optional.empty() : Optional.of(MinuteItem.of(text, decision));
    }

    static Optional<ActionPoint> action(ActionForm form, Errors errors) {
        String description = text(form.description(), "description", MAX_LINE, true, errors);
        String owner = text(form.owner(), "owner", MAX_NAME, true, errors);
        LocalDate dueOn = null;
        if (FormValues.blank(form.dueOn())) {
            errors.rejectValue("dueOn", "meeting.form.required");
        } else {
            Optional<LocalDate> date = FormValues.date(form.dueOn());
            if (date.isEmpty() || date.get().isBefore(EARLIEST) || date.get().isAfter(LATEST)) {
                errors.rejectValue("dueOn", "meeting.form.date");
            } else {
                dueOn = date.get();
            }
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(new ActionPoint(description, owner, dueOn, false));
    }

    /** The adjuster is one of those who attended the meeting, named as the minutes name them. */
    static Optional<String> adjuster(ApprovalForm form, Meeting meeting, Errors errors) {
        String name = text(form.adjuster(), "adjuster", MAX_NAME, true, errors);
        if (name == null) {
            return Optional.empty();
        }
        Optional<String> attendee = meeting.attendees().stream().filter(Attendee::present).map(Attendee::name)
                .filter(name::equals).findFirst();
        if (attendee.isEmpty()) {
            errors.rejectValue("adjuster", "meeting.form.adjuster-not-attendee");
        }
        return attendee;
    }

    /**
     * The adjuster asked is one of those present whom {@code adjustable} (those with an account) names; the name as
     * the minutes name them.
     */
    static Optional<String> asked(AdjustmentForm form, List<String> adjustable, Errors errors) {
        String name = text(form.adjuster(), "adjuster", MAX_NAME, true, errors);
        if (name == null) {
            return Optional.empty();
        }
        if (!adjustable.contains(name)) {
            errors.rejectValue("adjuster", "meeting.form.adjuster-no-account");
            return Optional.empty();
        }
        return Optional.of(name);
    }

    record CorrectionInput(int itemKey, String text) {
    }

    static Optional<CorrectionInput> correction(CorrectionForm form, Meeting meeting, Errors errors) {
        Optional<Integer> key = FormValues.integer(form.item()).filter(k -> meeting.item(k).isPresent());
        if (key.isEmpty()) {
            errors.rejectValue("item", "meeting.form.choose-item");
        }
        String text = text(form.text(), "text", MAX_DECISION, true, errors);
        return errors.hasErrors() ? Optional.empty() : Optional.of(new CorrectionInput(key.orElseThrow(), text));
    }

    private static String text(String value, String field, int max, boolean required, Errors errors) {
        if (FormValues.blank(value)) {
            if (required) {
                errors.rejectValue(field, "meeting.form.required");
            }
            return null;
        }
        if (value.strip().length() > max) {
            errors.rejectValue(field, "form.too-long", new Object[]{max}, null);
            return null;
        }
        return value.strip();
    }

    private static LocalDateTime dateTime(String value, String field, Errors errors) {
        if (FormValues.blank(value)) {
            errors.rejectValue(field, "meeting.form.required");
            return null;
        }
        try {
            LocalDateTime time = LocalDateTime.parse(value.strip().replace(' ', 'T'));
            if (time.toLocalDate().isBefore(EARLIEST) || time.toLocalDate().isAfter(LATEST)) {
                errors.rejectValue(field, "meeting.form.date-time");
                return null;
            }
            return time;
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "meeting.form.date-time");
            return null;
        }
    }
}
