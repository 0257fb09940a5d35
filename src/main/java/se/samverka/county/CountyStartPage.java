package se.samverka.county;

import org.springframework.stereotype.Component;
import se.samverka.identity.Actors;
import se.samverka.platform.StartPage;

import java.util.Optional;

/** The county's roles start on the county's overview. */
@Component
class CountyStartPage implements StartPage {

    private final Actors actors;

    CountyStartPage(Actors actors) {
        this.actors = actors;
    }

    @Override
    public Optional<String> path() {
        return actors.current().filter(CountyScope::followsCounty).map(actor -> "/lan");
    }
}
