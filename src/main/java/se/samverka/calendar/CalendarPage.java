package se.samverka.calendar;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.platform.FormValues;
import se.samverka.platform.PublicBaseUrl;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The user's calendar: a month of everything dated for the centres they may see, as a grid of weeks or a list of
 * days, for all of them or one; and where they make, renew and revoke their own subscription link.
 */
@Controller
class CalendarPage {

    static final String LIST = "lista";
    /**
     * Where a link to another month leads the focus: to the month's heading, which names it, just before the links
     * to the months around it (a keyboard user moving month by month stays there).
     */
    static final String MONTH_HEADING = "month-heading";
    /** How far from this month the calendar goes, either way. */
    static final int YEARS = 5;

    /** One entry as the page shows it. */
    record Item(CalendarEntry entry, String time, String centre) {
    }

    /** A day of the month grid; {@code inMonth} false for the days of the weeks around it. */
    record Cell(LocalDate date, String label, boolean inMonth, boolean today, List<Item> items) {
    }

    record Week(int number, List<Cell> days) {
    }

    private final Subscriptions subscriptions;
    private final Actors actors;
    private final CalendarEntries calendar;
    private final PublicBaseUrl baseUrl;
    private final Clock clock;

    CalendarPage(Subscriptions subscriptions, Actors actors, CalendarEntries calendar, PublicBaseUrl baseUrl,
                 Clock clock) {
        this.subscriptions = subscriptions;
        this.actors = actors;
        this.calendar = calendar;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @GetMapping("/kalender")
    String show(@RequestParam(name = "manad", required = false) String monthText,
                @RequestParam(name = "centrum", required = false) String centreText,
                @RequestParam(name = "vy", required = false) String view, Model model) {
        Actor actor = actors.require();
        LocalDate today = LocalDate.now(clock);
        YearMonth month = month(monthText, YearMonth.from(today), model);
        boolean list = LIST.equals(view);
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate gridFirst = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate gridLast = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        CalendarEntries.Dated dated = list ? calendar.between(actor, first, last, false)
                : calendar.between(actor, gridFirst, gridLast, false);
        Long centre = centre(centreText, dated.centres(), model);
        Map<LocalDate, List<Item>> byDay = dated.entries().stream()
                .filter(entry -> centre == null || centre.equals(entry.centreId()))
                .map(entry -> new Item(entry, entry.timed() ? SwedishDates.times(entry.startsAt(), entry.endsAt()) : null,
                        entry.centreId() == null ? null : dated.centres().get(entry.centreId())))
                .collect(Collectors.groupingBy(item -> item.entry().date(), LinkedHashMap::new, Collectors.toList()));

        model.addAttribute("month", month);
        model.addAttribute("monthName", monthName(month));
        model.addAttribute("list", list);
        model.addAttribute("view", list ? LIST : null);
        model.addAttribute("centres", dated.centres());
        model.addAttribute("centre", centre);
        String viewParameter = list ? LIST : null;
        model.addAttribute("monthView", address(month.toString(), centre, null, null));
        model.addAttribute("listView", address(month.toString(), centre, LIST, null));
        model.addAttribute("previous", inRange(month.minusMonths(1), today)
                ? address(month.minusMonths(1).toString(), centre, viewParameter, MONTH_HEADING) : null);
        model.addAttribute("next", inRange(month.plusMonths(1), today)
                ? address(month.plusMonths(1).toString(), centre, viewParameter, MONTH_HEADING) : null);
        model.addAttribute("thisMonth", month.equals(YearMonth.from(today)) ? null
                : address(null, centre, viewParameter, MONTH_HEADING));
        model.addAttribute("count", byDay.entrySet().stream().filter(e -> !e.getKey().isBefore(first)
                && !e.getKey().isAfter(last)).mapToInt(e -> e.getValue().size()).sum());
        if (list) {
            model.addAttribute("days", byDay.entrySet().stream()
                    .map(e -> new Cell(e.getKey(), SwedishDates.shortDay(e.getKey()), true, e.getKey().equals(today),
                            e.getValue()))
                    .toList());
        } else {
            model.addAttribute("weeks", weeks(gridFirst, gridLast, month, today, byDay));
        }
        model.addAttribute("link", subscriptions.active(actor.username()).orElse(null));
        return "calendar/show";
    }

    @PostMapping("/kalender/link")
    String renew(HttpServletRequest request, RedirectAttributes redirect) {
        String token = subscriptions.renew(actors.require().username());
        redirect.addFlashAttribute("url", baseUrl.of(request) + "/kalender/" + token + ".ics");
        redirect.addFlashAttribute("notice", "calendar.created");
        return "redirect:/kalender";
    }

    @PostMapping("/kalender/link/revoke")
    String revoke(RedirectAttributes redirect) {
        boolean revoked = subscriptions.revoke(actors.require().username());
        redirect.addFlashAttribute("notice", revoked ? "calendar.revoked" : "calendar.nothing-to-revoke");
        return "redirect:/kalender";
    }

    /** The calendar's address with only the parameters that have a value, and the fragment if any. */
    static String address(String month, Long centre, String view, String fragment) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        if (month != null) {
            query.add("manad=" + month);
        }
        if (centre != null) {
            query.add("centrum=" + centre);
        }
        if (view != null) {
            query.add("vy=" + view);
        }
        return "/kalender" + query + (fragment == null ? "" : "#" + fragment);
    }

    private static YearMonth month(String text, YearMonth current, Model model) {
        if (FormValues.blank(text)) {
            return current;
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (inRange(month, current.atDay(1))) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // told below
        }
        model.addAttribute("problem", "calendar.page.bad-month");
        return current;
    }

    private static boolean inRange(YearMonth month, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        return !month.isBefore(current.minusYears(YEARS)) && !month.isAfter(current.plusYears(YEARS));
    }

    /** The chosen centre if it is one of the user's, else none (all of them), told when one was asked for. */
    private static Long centre(String text, Map<Long, String> centres, Model model) {
        if (FormValues.blank(text)) {
            return null;
        }
        Optional<Long> id = FormValues.id(text.strip()).filter(centres::containsKey);
        if (id.isEmpty()) {
            model.addAttribute("problem", "calendar.page.unknown-centre");
        }
        return id.orElse(null);
    }

    private static List<Week> weeks(LocalDate first, LocalDate last, YearMonth month, LocalDate today,
                                    Map<LocalDate, List<Item>> byDay) {
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            List<Cell> days = new ArrayList<>(7);
            for (int i = 0; i < 7; i++) {
                LocalDate day = monday.plusDays(i);
                days.add(new Cell(day, SwedishDates.shortDay(day), YearMonth.from(day).equals(month),
                        day.equals(today), byDay.getOrDefault(day, List.of())));
            }
            weeks.add(new Week(monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), days));
        }
        return weeks;
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, LocaleContextHolder.getLocale())
                + " " + month.getYear();
    }
}
