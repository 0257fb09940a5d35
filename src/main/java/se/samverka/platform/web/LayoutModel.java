package se.samverka.platform.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;
import se.samverka.rules.AgreementPeriod;
import se.samverka.rules.R4a;

import java.time.Clock;
import java.time.LocalDate;

/** What every page's frame shows: the regional agreement's current period (R4a). */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final Clock clock;

    LayoutModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("regionalAgreement")
    AgreementPeriod regionalAgreement() {
        return R4a.RULE.periodOn(LocalDate.now(clock)).orElse(null);
    }
}
