package se.samverka.todo;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * "Att göra" ({@code /att-gora}): the signed-in person's to-do list, filtered by centre ({@code ?centre=id}), fifty
 * lines a page ({@code ?sida=2}), and the
 * number of its items for the navigation ({@code /att-gora/antal}), which every page asks for after it has loaded, so
 * that no page waits for the list. The number is kept a minute per person, and made again when the list is opened.
 */
@Controller
class TodoPage {

    static final long COUNT_KEPT_NANOS = TimeUnit.MINUTES.toNanos(1);
    /** Lines a page: the county's list of a thousand centres would otherwise be a page of megabytes. */
    static final int PER_PAGE = 50;
    private static final int COUNTS_KEPT = 10_000;

    /** One line of the list as the page shows it. */
    record Line(TodoItem item, String text, long daysLate, long daysLeft) {
    }

    private record Count(int count, long at) {
    }

    private final TodoList list;
    private final Actors actors;
    private final MessageSource messages;
    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    TodoPage(TodoList list, Actors actors, MessageSource messages, Clock clock) {
        this.list = list;
        this.actors = actors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/att-gora")
    String todo(@RequestParam(required = false) String centre, @RequestParam(required = false) String sida,
                Model model) {
        Actor actor = actors.require();
        LocalDate today = LocalDate.now(clock);
        List<TodoItem> items = list.of(actor);
        remember(actor, items.size());
        Map<Long, String> centres = new LinkedHashMap<>();
        items.stream().filter(i -> i.centreId() != null)
                .sorted(Comparator.comparing(TodoItem::centreName, String.CASE_INSENSITIVE_ORDER))
                .forEach(i -> centres.putIfAbsent(i.centreId(), i.centreName()));
        Long chosen = centreId(centre);
        List<TodoItem> shown = items.stream()
                .filter(i -> chosen == null || Objects.equals(i.centreId(), chosen))
                .toList();
        int pages = Math.max(1, (shown.size() + PER_PAGE - 1) / PER_PAGE);
        int page = Math.min(pages, number(sida));
        List<Line> lines = shown.subList((page - 1) * PER_PAGE, Math.min(shown.size(), page * PER_PAGE)).stream()
                .map(i -> new Line(i, messages.getMessage(i.text(), LocaleContextHolder.getLocale()),
                        i.daysLate(today),
                        i.dueOn() == null || i.dueOn().isBefore(today) ? -1
                                : ChronoUnit.DAYS.between(today, i.dueOn())))
                .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("shown", shown.size());
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("total", items.size());
        model.addAttribute("centres", centres);
        model.addAttribute("chosen", chosen);
        return "todo/todo";
    }

    @GetMapping("/att-gora/antal")
    String count(Model model) {
        Actor actor = actors.require();
        Count kept = counts.get(actor.username());
        int count = kept != null && System.nanoTime() - kept.at() < COUNT_KEPT_NANOS ? kept.count()
                : remember(actor, list.of(actor).size());
        model.addAttribute("count", count);
        return "todo/todo :: count";
    }

    private int remember(Actor actor, int count) {
        if (counts.size() >= COUNTS_KEPT) {
            counts.clear();
        }
        counts.put(actor.username(), new Count(count, System.nanoTime()));
        return count;
    }

    /** The page asked for, from 1; anything that is not a page's number is the first. */
    private static int number(String page) {
        return page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
    }

    /** The centre chosen, or null for every centre, also for anything that is not a centre's id. */
    private static Long centreId(String centre) {
        if (centre == null || !centre.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(centre);
    }
}
