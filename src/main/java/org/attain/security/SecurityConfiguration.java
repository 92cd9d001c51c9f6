package org.attain.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.attain.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every view, action, download and upload requires a signed-in user; the login and first-setup pages do not. The
 * login form is CSRF-protected like every other form (Vaadin's own requests carry Vaadin's token), its password
 * check is throttled ({@link ThrottledLogin}), and every response carries a Content-Security-Policy, a
 * Referrer-Policy and {@code X-Content-Type-Options: nosniff}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * As strict as Vaadin Flow allows: its bootstrap page has inline scripts and {@code executeJs} evaluates code,
     * so scripts need 'unsafe-inline' and 'unsafe-eval', and components set inline styles. Nothing may be loaded from
     * or sent to another origin, no plugins, no foreign base URL or form target, and no page may frame Attain.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Profile("!cli")
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            RequestUtil vaadinRequests,
            UserDetailsService users,
            PasswordEncoder encoder,
            LoginAttempts attempts,
            Audit audit,
            ObjectProvider<AuthenticationEventPublisher> events)
            throws Exception {
        ProviderManager login = new ProviderManager(new ThrottledLogin(users, encoder, attempts, audit));
        events.ifAvailable(login::setAuthenticationEventPublisher);
        http.authenticationManager(login);
        // Error dispatches keep their status (a refused CSRF token stays 403, not a redirect to the login page).
        http.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/styles/**", "/icons/**", "/images/**")
                .permitAll());
        // Vaadin exempts the login page from CSRF checks; only its own requests (which carry its token) stay exempt.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    // Vaadin's pages are forwarded to its servlet, and the container completes a forwarded
                    // response without the wrapper that would add the headers on commit: write them first.
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        // After Vaadin's configurer, so that its login view (not Spring's generated page) is the login page.
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?error=locked"));
        http.formLogin(form -> form.failureHandler(failure));
        return http.build();
    }
}
