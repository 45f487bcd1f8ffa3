package org.roundtable.shared.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import org.roundtable.people.security.JwtActors;
import org.roundtable.people.store.PersonStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may reach what, and how people sign in. The JSON API under {@code /api} keeps no session:
 * every request signs in with HTTP Basic against the local accounts, or, when an identity
 * provider is configured, with its access token (JWT). Pages sign in with a form and keep a
 * session protected by CSRF tokens. Password sign-in is throttled after repeated failures. Reads
 * of published material are public; every write needs a signed-in person, and the controllers
 * and aggregates then check the role and the platform (see docs/security.md).
 */
@Configuration
public class SecurityConfig {

    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final SecuritySettings settings;

    SecurityConfig(SecuritySettings settings) {
        this.settings = settings;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder bcrypt = new BCryptPasswordEncoder(settings.passwords().bcryptStrength());
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
    }

    @Bean
    LoginThrottle loginThrottle(JdbcTemplate jdbc) {
        return new LoginThrottle(jdbc, settings.login(), Clock.systemUTC());
    }

    @Bean
    SessionCookies sessionCookies() {
        return new SessionCookies(settings);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, UserDetailsService users,
                            UserDetailsPasswordService rehash, PasswordEncoder encoder, LoginThrottle throttle,
                            PersonStore people) throws Exception {
        Problems problems = new Problems(json);
        SignInRefusals refusals = new SignInRefusals(problems, settings.jwt().enabled());
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(passwordSignIn(users, rehash, encoder, throttle))
                .addFilterAfter(new CrossSiteWriteGuard(problems), HeaderWriterFilter.class)
                .addFilterBefore(new JsonBodyLimit(settings.maxJsonBody().toBytes(), problems), LogoutFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/rounds/*/votes/mine", "/api/me", "/api/people/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .headers(headers -> protect(headers, API_POLICY));
        if (settings.jwt().enabled()) {
            SecuritySettings.Jwt jwt = settings.jwt();
            JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(JwtSignIn.decoder(jwt));
            tokens.setJwtAuthenticationConverter(
                    new JwtActors(people, jwt.subjectClaim(), jwt.rolesClaim(), jwt.platformClaim()));
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(refusals)
                    .accessDeniedHandler(refusals)
                    .jwt(token -> token.authenticationManager(new ProviderManager(tokens))));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, UserDetailsService users, UserDetailsPasswordService rehash,
                              PasswordEncoder encoder, LoginThrottle throttle) throws Exception {
        http.authenticationManager(passwordSignIn(users, rehash, encoder, throttle))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers("/login", "/logout", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll().failureHandler((request, response, e) -> {
                    String target = e instanceof LoginThrottledException ? "/login?locked" : "/login?error";
                    new SimpleUrlAuthenticationFailureHandler(target).onAuthenticationFailure(request, response, e);
                }))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .csrf(Customizer.withDefaults())
                .headers(headers -> protect(headers, PAGE_POLICY));
        return http.build();
    }

    /** Password sign-in with its throttle, and no parent manager that could check a locked password again. */
    private static AuthenticationManager passwordSignIn(UserDetailsService users, UserDetailsPasswordService rehash,
                                                        PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(rehash);
        return new ProviderManager(new ThrottledSignIn(passwords, throttle));
    }

    private void protect(HeadersConfigurer<HttpSecurity> headers, String policy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(settings.hstsMaxAge().toSeconds())
                        .includeSubDomains(true))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()"));
    }
}
