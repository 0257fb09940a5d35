package se.samverka.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import se.samverka.support.Fixtures;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Works a page as a keyboard-only user does: moves the focus with Tab and Shift+Tab, types into the focused
 * element, chooses options with the arrow keys, ticks with Space and presses buttons and links with Enter. It
 * never clicks, and never sets a value by script. Each element the focus passes must show a visible focus
 * indicator, and the element reached must look different with the focus than without it (WCAG 2.4.7).
 */
final class Keyboard {

    /** How many key presses may reach an element before it counts as unreachable. */
    static final int MAX_TABS = 200;

    /**
     * Where the focus is: whether on the target, whether the target comes after it (so that Tab rather than
     * Shift+Tab moves towards it), whether nothing has it yet and the target is in the main content (so that the
     * skip link comes first), the focus indicator of the focused element and how the target looks.
     */
    private static final String WHERE = """
            const target = arguments[0];
            const active = document.activeElement;
            const atTop = !active || active === document.body;
            const look = s => [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor].join(' ');
            const indicator = s => ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? look(s) : '')
                + (s.boxShadow !== 'none' ? ' ' + s.boxShadow : '')).trim();
            return {
              reached: active === target,
              forward: atTop || !!(active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING),
              skip: atTop && !!target.closest('main') && !!document.querySelector('a.skip-link[href="#main"]'),
              indicator: atTop ? '' : indicator(getComputedStyle(active)),
              active: atTop ? 'nothing' : active.outerHTML.substring(0, 200),
              look: look(getComputedStyle(target))
            };
            """;

    /** The parts of a date, or a date and time, in the order the browser's locale writes them, and its a.m. and p.m. keys. */
    private static final String DATE_PARTS = """
            const options = {year: 'numeric', month: '2-digit', day: '2-digit'};
            if (arguments[0]) {
              options.hour = '2-digit';
              options.minute = '2-digit';
            }
            const format = new Intl.DateTimeFormat(navigator.language, options);
            const period = hour => (format.formatToParts(new Date(2000, 0, 2, hour)).find(p => p.type === 'dayPeriod')
                || {value: ' '}).value.charAt(0);
            return {
              order: format.formatToParts(new Date(2000, 0, 2, 13, 5)).map(p => p.type).filter(t => t !== 'literal'),
              am: period(1),
              pm: period(13)
            };
            """;

    private final Browser browser;
    private final WebDriver driver;

    Keyboard(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    /** The element that has the focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Tabs, or shift-tabs where the target comes before the focus, until the element {@code target} finds has
     * the focus; from the top of a page to the main content, through the skip link first. Every element the
     * focus passes must show a focus indicator, and the target must look different with the focus than without.
     * Fails after {@link #MAX_TABS} presses.
     *
     * @return how many keys it took
     */
    int focus(By target) {
        WebElement element = driver.findElement(target);
        Map<?, ?> where = where(element);
        boolean wasFocused = yes(where, "reached");
        String unfocused = (String) where.get("look");
        int presses = 0;
        if (yes(where, "skip")) {
            presses += skipToContent();
            where = where(element);
        }
        while (!yes(where, "reached")) {
            if (presses++ == MAX_TABS) {
                fail("%s is not reachable with the keyboard: %d presses of Tab did not reach it", target, MAX_TABS);
            }
            if (yes(where, "forward")) {
                press(Keys.TAB);
            } else {
                shiftTab();
            }
            where = where(element);
            if (!yes(where, "reached")) {
                assertThat((String) where.get("indicator"))
                        .as("the focus indicator of %s, passed on the way to %s", where.get("active"), target)
                        .isNotBlank();
            }
        }
        assertThat((String) where.get("indicator")).as("the focus indicator of %s", target).isNotBlank();
        if (!wasFocused) {
            assertThat((String) where.get("look")).as("%s looks the same with and without the focus", target)
                    .isNotEqualTo(unfocused);
        }
        return presses;
    }

    /** Tab to the skip link, which must be the first stop and show it, and Enter on it: the focus is on main. */
    private int skipToContent() {
        press(Keys.TAB);
        WebElement skipLink = focused();
        assertThat(skipLink.getDomAttribute("href")).as("the first stop of Tab").isEqualTo("#main");
        assertThat((String) where(skipLink).get("indicator")).as("the focus indicator of the skip link").isNotBlank();
        press(Keys.ENTER);
        assertThat(focused().getDomAttribute("id")).as("the focus after the skip link").isEqualTo("main");
        return 2;
    }

    private Map<?, ?> where(WebElement target) {
        return (Map<?, ?>) script(WHERE, target);
    }

    private static boolean yes(Map<?, ?> where, String key) {
        return Boolean.TRUE.equals(where.get(key));
    }

    /** Signs in on the login page with the keyboard alone. */
    void signIn(String username) {
        browser.open("/login");
        type(By.id("username"), username);
        type(By.id("password"), Fixtures.PASSWORD);
        submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(driver.getCurrentUrl()).as("signed in").doesNotContain("/login");
    }

    /** Moves the focus to the field and types the text, after what it has. */
    void type(By field, String text) {
        focus(field);
        press(text);
    }

    /** Moves the focus to the field, selects all it has and types the text in its place. */
    void replace(By field, String text) {
        focus(field);
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        press(text);
        assertThat(focused().getDomProperty("value")).isEqualTo(text);
    }

    /**
     * Types a date, {@code "2026-11-10"}, or a date and time, {@code "2026-11-10T13:00"}, into a date input part by
     * part, from its first part and in the order of the browser's locale (Chromium without its language packs
     * shows month, day, year and a 12-hour clock): a part moves on by itself when it is full, except the year.
     */
    void date(By field, String isoValue) {
        WebElement input = driver.findElement(field);
        focus(field);
        // Shift+Tab lands on the last part of the input; start again from its first
        for (int i = 0; i < 8 && input.equals(focused()); i++) {
            shiftTab();
        }
        assertThat(focus(field)).as("Tab into %s from the element before it", field).isEqualTo(1);
        LocalDateTime value = isoValue.contains("T") ? LocalDateTime.parse(isoValue)
                : LocalDate.parse(isoValue).atStartOfDay();
        @SuppressWarnings("unchecked")
        Map<String, Object> parts = (Map<String, Object>) script(DATE_PARTS, isoValue.contains("T"));
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) parts.get("order");
        boolean twelveHours = order.contains("dayPeriod");
        for (String part : order) {
            switch (part) {
                case "year" -> {
                    press(String.format("%04d", value.getYear()));
                    press(Keys.ARROW_RIGHT);
                }
                case "month" -> press(String.format("%02d", value.getMonthValue()));
                case "day" -> press(String.format("%02d", value.getDayOfMonth()));
                case "hour" -> press(String.format("%02d", twelveHours ? (value.getHour() + 11) % 12 + 1 : value.getHour()));
                case "minute" -> press(String.format("%02d", value.getMinute()));
                case "dayPeriod" -> press((String) parts.get(value.getHour() < 12 ? "am" : "pm"));
                default -> fail("a date part %s", part);
            }
        }
        assertThat(input.getDomProperty("value")).as("the value typed into %s", field).isEqualTo(isoValue);
    }

    /** Moves the focus to the select and presses the arrow keys until the first option whose text starts so is chosen. */
    void choose(By select, String optionText) {
        WebElement element = driver.findElement(select);
        focus(select);
        @SuppressWarnings("unchecked")
        List<String> options = (List<String>) script(
                "return Array.from(arguments[0].options).map(o => o.text.trim());", element);
        int wanted = options.stream().filter(o -> o.startsWith(optionText)).findFirst().map(options::indexOf).orElse(-1);
        assertThat(wanted).as("%s has an option %s among %s", select, optionText, options).isNotNegative();
        int chosen = ((Number) script("return arguments[0].selectedIndex;", element)).intValue();
        Keys arrow = wanted > chosen ? Keys.ARROW_DOWN : Keys.ARROW_UP;
        for (int i = 0; i < Math.abs(wanted - chosen); i++) {
            press(arrow);
        }
        assertThat(((Number) script("return arguments[0].selectedIndex;", element)).intValue())
                .as("the option chosen in %s", select).isEqualTo(wanted);
    }

    /** Moves the focus to the checkbox or radio button and presses Space: it must change state. */
    void toggle(By box) {
        WebElement element = driver.findElement(box);
        boolean before = element.isSelected();
        focus(box);
        press(Keys.SPACE);
        assertThat(element.isSelected()).as("%s after Space", box).isNotEqualTo(before);
    }

    /** Moves the focus to the button and presses Enter, and waits for the page that answers. */
    void submit(By button) {
        activate(button, Keys.ENTER);
    }

    /** Moves the focus to the button and presses Space, and waits for the page that answers. */
    void submitWithSpace(By button) {
        activate(button, Keys.SPACE);
    }

    /** Moves the focus to the link and presses Enter, and waits for the page it leads to. */
    void follow(By link) {
        activate(link, Keys.ENTER);
    }

    /** Moves the focus to a link within the page and presses Enter; the page stays. */
    void followWithinPage(By link) {
        focus(link);
        press(Keys.ENTER);
    }

    /** Presses the key on the target and waits for the page it leads to ({@link Browser#nextPage}). */
    private void activate(By target, CharSequence key) {
        browser.nextPage(() -> {
            focus(target);
            press(key);
        });
    }

    /** Presses the keys, sent to the element that has the focus. */
    void press(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private void shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
