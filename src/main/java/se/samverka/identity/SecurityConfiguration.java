package se.samverka.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import se.samverka.platform.Texts;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /** Pages and resources anyone may use without signing in. */
    private static final String[] PUBLIC = {
            "/", "/prova", "/login", "/error", "/favicon.ico", "/css/**", "/js/**", "/images/**", "/webjars/**",
            "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**",
            "/kalender/*.ics"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JsonMapper json, Texts texts) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/rules/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/rules/**"))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Samverka\"");
                    problem(json, request, response, HttpStatus.UNAUTHORIZED, texts.message("error.401.title"),
                            texts.message("api.401"));
                }))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, e) ->
                        problem(json, request, response, HttpStatus.FORBIDDEN, texts.message("error.403.title"),
                                texts.message("error.403"))))
                .headers(this::headers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcProviders,
                            Users users, IdentityProperties properties) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.COUNTY_ADMIN.name())
                        .requestMatchers("/granskning", "/granskning/**")
                        .hasAnyRole(Role.AUDITOR.name(), Role.COUNTY_ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/centres").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(this::headers);
        if (oidcProviders.getIfAvailable() != null) {
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .defaultSuccessUrl("/centres")
                    .failureUrl("/login?oidcError")
                    .userInfoEndpoint(endpoint -> endpoint
                            .oidcUserService(new OidcAccountService(users, properties.oidcUsernameClaim()))));
        }
        return http.build();
    }

    private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
                .frameOptions(Customizer.withDefaults());
    }

    private static void problem(JsonMapper json, HttpServletRequest request, HttpServletResponse response,
                                HttpStatus status, String title, String detail) throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
