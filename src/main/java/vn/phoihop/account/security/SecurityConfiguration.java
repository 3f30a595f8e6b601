package vn.phoihop.account.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.phoihop.platform.web.SecurityHeaders;
import vn.phoihop.platform.web.ProblemResponses;

/**
 * Two filter chains, deny by default. {@code /api/**} is stateless: a bearer token or nothing, no session cookie,
 * hence no CSRF. Everything else is the browser application: form sign-in, sessions in the database, CSRF on every
 * form, strict security headers; there only the OpenAPI description also accepts a bearer token. Fine-grained checks (role, organisation scope, clearance) live in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script, no other host: the application must work on an isolated network. */
    static final String CONTENT_SECURITY_POLICY = SecurityHeaders.PAGE_POLICY;

    /**
     * Swagger UI (administrators only) sets inline styles; it gets the same policy with inline styles allowed.
     * Inline script stays forbidden.
     */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    AuthenticationManager authenticationManager(AuthenticationProvider accountAuthenticationProvider) {
        return new ProviderManager(accountAuthenticationProvider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> problems.write(req, res, 401, "error.401.message"))
                        .accessDeniedHandler((req, res, e) -> problems.write(req, res, 403, "error.403.message")))
                .headers(this::headers);
        return http.build();
    }

    /**
     * The browser application. The OpenAPI description ({@code /v3/api-docs/**}) is part of it, so Swagger UI
     * (administrators only) reads it with the session, but it also accepts a bearer token, so any signed-in API
     * client can read the description it generates code from; without either it answers 401, not the login page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, LoginHandlers handlers, SecuritySettings settings,
            ApiTokens tokens, ProblemResponses problems) throws Exception {
        RequestMatcher apiDocs = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs.yaml"));
        AuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        http.addFilterBefore(new BearerTokenFilter(tokens, apiDocs), AnonymousAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint((req, res, e) -> {
                    if (apiDocs.matches(req)) {
                        problems.write(req, res, 401, "error.401.message");
                    }
                    else {
                        toLogin.commence(req, res, e);
                    }
                }))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/actuator/health").permitAll()
                        .requestMatchers(HttpMethod.POST, "/preferences/locale").permitAll()
                        .requestMatchers("/admin/**", "/swagger-ui/**", "/swagger-ui.html").hasRole("SYSTEM_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .authenticationDetailsSource(req -> new LoginDetails(req.getRemoteAddr(), req.getParameter("code")))
                        .successHandler(handlers::onSuccess)
                        .failureHandler(handlers::onFailure)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler(handlers::onLogout)
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("PHOIHOP_SESSION"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterAfter(new AbsoluteSessionTimeoutFilter(settings.absoluteSessionTimeout()),
                        SecurityContextHolderFilter.class)
                .headers(this::headers)
                .httpBasic(basic -> basic.disable())
                .csrf(Customizer.withDefaults());
        return http.build();
    }

    private void headers(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                        new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults());
    }
}
