package se.samverka.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Bean
    Clock clock() {
        return Clock.system(SWEDEN);
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI().info(new Info()
                .title("Samverka API")
                .version("v1")
                .description("Samverkansavtalet för familjecentraler och familjecentralsliknande verksamheter i "
                        + "Västra Götaland. Fel besvaras som application/problem+json (RFC 9457) med en förklaring "
                        + "på svenska i fältet detail. Datum skrivs enligt ISO 8601."));
    }
}
