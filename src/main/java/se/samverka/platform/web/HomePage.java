package se.samverka.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.samverka.platform.StartPage;

import java.util.List;
import java.util.Optional;

@Controller
class HomePage {

    private final List<StartPage> startPages;

    HomePage(List<StartPage> startPages) {
        this.startPages = startPages;
    }

    /** The start page tells of the regional agreement itself, so the footer does not say it again. */
    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("regionalAgreementInPage", true);
        return startPages.stream().map(StartPage::path).flatMap(Optional::stream).findFirst()
                .map(path -> "redirect:" + path)
                .orElse("platform/home");
    }
}
