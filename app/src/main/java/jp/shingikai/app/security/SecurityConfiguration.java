package jp.shingikai.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two doors. The REST API ({@code /api/**}) authenticates every request, with a personal API token ({@code Bearer},
 * looked up by its hash) or with HTTP Basic (a BCrypt check each time: slow), and keeps no session. The
 * pages sign people in with a form, keep a session (a new id at sign-in), and require a CSRF token with every form.
 * Both check passwords through {@link ThrottledAuthentication}, so guessing is throttled either way.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(PasswordProperties properties) {
        return new BCryptPasswordEncoder(properties.strength());
    }

    @Bean
    ThrottledAuthentication throttledAuthentication(UserAccounts accounts, PasswordEncoder passwords, LoginThrottle throttle) {
        return new ThrottledAuthentication(accounts, passwords, throttle);
    }

    /** Only when serving HTTP: the command-line import runs without a web server. */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        return http
                .securityMatcher("/api/**")
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                // Steps for one role only are refused before their input is read, so that a stranger learns nothing
                // from validation messages; everything else is decided by the features' own rules.
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/meetings").hasRole(Role.SECRETARIAT.name())
                        .requestMatchers(HttpMethod.PUT, "/api/meetings/*/attendance").hasRole(Role.SECRETARIAT.name())
                        .requestMatchers(HttpMethod.POST, "/api/registry/imports").hasAnyRole(Role.SOUMU.name(), Role.SECRETARIAT.name())
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // API clients send their credentials with every request and no session cookie is honoured here, so
                // there is no ambient authority for a forged request to borrow.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/actuator/health/**", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        // 公開: what residents read, with no sign-in; only public versions are served there.
                        .requestMatchers("/public/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .build();
    }
}
