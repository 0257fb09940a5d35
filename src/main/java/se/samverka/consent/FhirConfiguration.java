package se.samverka.consent;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one FHIR context: HAPI builds its model of the R5 resources once, on first use, and that is
 * costly, so every parser comes from this one.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR5();
    }
}
