package se.samverka.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.RequestCacheConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import se.samverka.platform.DatabaseUnavailable;
import se.samverka.platform.PublicLanguages;
import se.samverka.platform.StartPage;
import se.samverka.platform.StaticResources;
import se.samverka.platform.Texts;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String ARGON2 = "argon2";
    private static final String METRICS = "METRICS";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /** The public directory's pages, in Swedish and under each other language's prefix ({@link PublicLanguages}). */
    static final List<String> PUBLIC_DIRECTORY = List.of("/hitta", "/tillganglighet");

    /** The public directory as open data (HSDS JSON, CSV) and the sitemap of the public pages. */
    static final String[] OPEN_DATA = {"/api/v1/hsds/**", "/sitemap.xml"};

    /** Pages and resources anyone may use without signing in. */
    private static final String[] PUBLIC = {
            "/", "/prova", "/login", "/error", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**",
            "/kalender/*.ics"
    };

    /**
     * New hashes by Argon2id with OWASP's minimum settings (19 MiB, 2 passes, 1 lane), which, unlike bcrypt, uses
     * the whole password. Hashes made before ({@code {bcrypt}}) are still verified, and replaced at the next
     * successful sign-in ({@link AccountDetailsService#updatePassword}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * The static files: anyone may fetch them, nothing about the session is looked up, and their own Cache-Control
     * (a year for a content-hashed URL) is not replaced by no-store.
     */
    @Bean
    @Order(0)
    SecurityFilterChain staticResources(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(StaticResources.PATTERNS.toArray(String[]::new))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(RequestCacheConfigurer::disable)
                .headers(headers -> headers(headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)))
                .build();
    }

    /**
     * Metrics only for the operator's scraper, by its own credential (HTTP Basic, no session); 404 when none is
     * configured. A signed-in user, even the county's administrator, does not see them.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, MetricsProperties metrics, PasswordEncoder encoder) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(this::headers);
        if (!metrics.configured()) {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
                    .exceptionHandling(exceptions -> exceptions
                            .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND)))
                    .build();
        }
        var scraper = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                org.springframework.security.core.userdetails.User.withUsername(metrics.username())
                        .password(encoder.encode(metrics.password())).roles(METRICS).build()));
        scraper.setPasswordEncoder(encoder);
        return http.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(METRICS))
                .httpBasic(basic -> basic.realmName("Samverka metrics"))
                .authenticationManager(new ProviderManager(scraper))
                .build();
    }

    /**
     * The public directory (in every language of {@link PublicLanguages}): anyone may read it, no session is created or looked up and no
     * cookie is set, so a proxy may cache its pages (the pages set their own Cache-Control and ETag). It may ask the
     * browser for the visitor's position, to sort centres by distance.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicDirectory(HttpSecurity http, PublicLanguages languages) throws Exception {
        return http
                .securityMatcher(request -> languages.isPublic(
                        request.getRequestURI().substring(request.getContextPath().length()), PUBLIC_DIRECTORY))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(RequestCacheConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true))
                .headers(headers -> headers(headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable),
                        "geolocation=(self)"))
                .build();
    }

    /**
     * The directory's open data: anyone may read it, from any web page (the controllers allow any origin), with no
     * session, no cookie and no CSRF token; before the API's chain, which would ask for a sign-in.
     */
    @Bean
    @Order(0)
    SecurityFilterChain openData(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(OPEN_DATA)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(RequestCacheConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true))
                .headers(headers -> headers(headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JsonMapper json, Texts texts, Actors actors) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/rules/**", "/api/v1/statistics", "/api/v1/parties").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/rules/**"))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof SignInRefusedException refused) {
                        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
                        problem(json, request, response, HttpStatus.TOO_MANY_REQUESTS,
                                texts.message("api.sign-in.throttled.title"), texts.message("login.throttled"));
                    } else if (unavailable(e)) {
                        response.setHeader(HttpHeaders.RETRY_AFTER,
                                String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                        problem(json, request, response, HttpStatus.SERVICE_UNAVAILABLE,
                                texts.message("api.sign-in.unavailable.title"), texts.message("login.unavailable"));
                    } else {
                        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Samverka\"");
                        problem(json, request, response, HttpStatus.UNAUTHORIZED, texts.message("error.401.title"),
                                texts.message("api.401"));
                    }
                }))
                .addFilterBefore(new CurrentAccountFilter(actors, (request, response) ->
                        problem(json, request, response, HttpStatus.UNAUTHORIZED, texts.message("error.401.title"),
                                texts.message("login.ended"))), ExceptionTranslationFilter.class)
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, e) ->
                        problem(json, request, response, HttpStatus.FORBIDDEN, texts.message("error.403.title"),
                                texts.message("error.403"))))
                .headers(this::headers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcProviders,
                            Actors actors, IdentityProperties properties, List<StartPage> startPages) throws Exception {
        var startPage = new StartPageAfterSignIn(startPages);
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.COUNTY_ADMIN.name())
                        .requestMatchers("/lan", "/lan/**").hasAnyRole(Role.COUNTY_ADMIN.name(),
                                Role.COUNTY_VIEWER.name(), Role.SUB_REGION_VIEWER.name())
                        .requestMatchers("/granskning", "/granskning/**")
                        .hasAnyRole(Role.AUDITOR.name(), Role.COUNTY_ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").successHandler(startPage)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof SignInRefusedException ? "/login?throttled"
                                : unavailable(e) ? "/login?unavailable" : "/login?error")))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .addFilterBefore(new CurrentAccountFilter(actors, SecurityConfiguration::signedOutPage),
                        ExceptionTranslationFilter.class)
                .headers(this::headers);
        if (oidcProviders.getIfAvailable() != null) {
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    // the IdP's tokens in the session (in PostgreSQL, gone with it), not in this instance's memory
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .successHandler(startPage)
                    .failureUrl("/login?oidcError")
                    .userInfoEndpoint(endpoint -> endpoint
                            .oidcUserService(new OidcAccountService(actors, properties.oidcUsernameClaim()))));
        }
        return http.build();
    }

    private void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers(headers, "geolocation=()");
    }

    private void headers(HeadersConfigurer<HttpSecurity> headers, String geolocation) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), " + geolocation))
                .frameOptions(Customizer.withDefaults());
    }

    /** A page asks the browser to sign in again; htmx, which would put the login page into the page, is told so. */
    private static void signedOutPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + "/login?ended";
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", login);
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        } else {
            response.sendRedirect(login);
        }
    }

    /**
     * The password could not be checked: {@link PasswordSignIn} turns every database failure into an
     * {@link InternalAuthenticationServiceException}, so the user hears that the service is away, not that the
     * password is wrong.
     */
    private static boolean unavailable(AuthenticationException failure) {
        return failure instanceof InternalAuthenticationServiceException || DatabaseUnavailable.isCause(failure);
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

    /**
     * After signing in: the page the user asked for before, else their start page (the county's overview for the
     * county's roles), else the list of centres.
     */
    private static final class StartPageAfterSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

        private final List<StartPage> startPages;

        StartPageAfterSignIn(List<StartPage> startPages) {
            this.startPages = startPages;
            setDefaultTargetUrl("/centres");
        }

        @Override
        protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) {
            return startPages.stream().map(StartPage::path).flatMap(Optional::stream).findFirst()
                    .orElseGet(() -> super.determineTargetUrl(request, response, authentication));
        }
    }
}
