package se.samverka.platform;

import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Swedish local time in iCalendar feeds. The time zone is written here rather than taken from ical4j, whose tz data
 * names Stockholm's zone Europe/Berlin (the two share their rules since 1980).
 */
public final class StockholmTime {

    public static final String ZONE = "Europe/Stockholm";
    public static final ZoneId STOCKHOLM = ZoneId.of(ZONE);

    private StockholmTime() {
    }

    /** Swedish time since 1996: CET, and CEST from the last Sunday of March to the last Sunday of October. */
    public static VTimeZone vTimeZone() {
        Observance standard = new Standard(new PropertyList(List.of(
                new DtStart<>(LocalDateTime.of(1996, 10, 27, 3, 0)),
                new TzOffsetFrom(ZoneOffset.ofHours(2)), new TzOffsetTo(ZoneOffset.ofHours(1)), new TzName("CET"),
                new RRule<>("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))));
        Observance daylight = new Daylight(new PropertyList(List.of(
                new DtStart<>(LocalDateTime.of(1981, 3, 29, 2, 0)),
                new TzOffsetFrom(ZoneOffset.ofHours(1)), new TzOffsetTo(ZoneOffset.ofHours(2)), new TzName("CEST"),
                new RRule<>("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"))));
        return new VTimeZone(new PropertyList(List.of(new TzId(ZONE))),
                new ComponentList<>(List.of(standard, daylight)));
    }
}
