package org.attain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sign-in attacked over real HTTP, against the running server with its security filter chain: respelled names, many
 * names from one address, a cross-site login POST, and what every response says about itself (headers, cookie).
 * Behind a proxy ({@code server.forward-headers-strategy=native}), so each test speaks from its own client address
 * through {@code X-Forwarded-For}, as a reverse proxy on this machine would send it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles({"test", "demo"})
class AttackTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");
    private static final String RIGHT = "tram-velvet-Copper-41";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    UserAdministration admin;

    @Autowired
    JdbcClient jdbc;

    /** One browser: its own cookies, never follows redirects, sends from one client address. */
    private final class Browser {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        final String address;

        Browser(String address) {
            this.address = address;
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", address);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form, String... headers)
                throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder b = request(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Opens the login page and signs in with its CSRF token, as the login form does; returns where it goes. */
        String signIn(String name, String password) throws IOException, InterruptedException {
            HttpResponse<String> page = get("/login");
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher token = CSRF.matcher(page.body());
            assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("username", name);
            form.put("password", password);
            form.put("_csrf", token.group(1));
            HttpResponse<String> answer = post("/login", form);
            assertThat(answer.statusCode()).isEqualTo(302);
            return URI.create(answer.headers().firstValue("Location").orElseThrow())
                            .getRawPath()
                    + (URI.create(answer.headers().firstValue("Location").orElseThrow())
                                            .getRawQuery()
                                    == null
                            ? ""
                            : "?"
                                    + URI.create(answer.headers()
                                                    .firstValue("Location")
                                                    .orElseThrow())
                                            .getRawQuery());
        }

        boolean signedIn() throws IOException, InterruptedException {
            return get("/").statusCode() == 200;
        }
    }

    private void account(String name) {
        if (users.find(name).isEmpty()) {
            SystemIdentity.run(() -> users.createUnchecked(name, name, Role.PROJECT_OWNER, RIGHT));
        }
    }

    private List<String> audit(String field, String who) {
        return jdbc.sql("SELECT new_value FROM change_log WHERE field = :f AND changed_by = :w ORDER BY id")
                .param("f", field)
                .param("w", who)
                .query(String.class)
                .list();
    }

    @Test
    void a_normal_sign_in_with_the_pages_token_works_and_is_logged_with_the_address() throws Exception {
        account("normal1");
        Browser browser = new Browser("203.0.113.10");
        assertThat(browser.signIn("normal1", RIGHT)).isEqualTo("/");
        assertThat(browser.signedIn()).isTrue();
        assertThat(audit(Audit.LOGIN, "normal1")).containsExactly("203.0.113.10");
    }

    @Test
    void a_disabled_account_cannot_sign_in_keeps_its_history_and_signs_in_again_once_enabled() throws Exception {
        account("leaving1");
        assertThat(new Browser("203.0.113.20").signIn("leaving1", RIGHT)).isEqualTo("/");
        SystemIdentity.run(() -> admin.setEnabled("leaving1", false));
        Browser refused = new Browser("203.0.113.21");
        assertThat(refused.signIn("leaving1", RIGHT))
                .as("read like a wrong password")
                .isEqualTo("/login?error");
        assertThat(refused.signedIn()).isFalse();
        assertThat(audit(Audit.LOGIN_FAILED, "leaving1")).containsExactly("203.0.113.21");
        assertThat(audit(Audit.LOGIN, "leaving1")).containsExactly("203.0.113.20"); // the history stays
        assertThat(users.find("leaving1"))
                .hasValueSatisfying(u -> assertThat(u.enabled()).isFalse());
        SystemIdentity.run(() -> admin.setEnabled("leaving1", true));
        assertThat(new Browser("203.0.113.22").signIn("leaving1", RIGHT)).isEqualTo("/");
    }

    @Test
    void respelled_names_share_one_counter_and_a_right_password_under_any_spelling_does_not_lift_the_block()
            throws Exception {
        account("owner2");
        List<String> spellings = List.of("Owner2", "OWNER2", "ownér2", "owner2 ", "owner2");
        for (int i = 0; i < spellings.size(); i++) {
            Browser attacker = new Browser("198.51.100." + (i + 1));
            assertThat(attacker.signIn(spellings.get(i), "guess-" + i)).isEqualTo("/login?error");
        }
        for (String spelling : List.of("OWNER2", "Owner2", "ownér2", "owner2 ", "owner2")) {
            Browser someone = new Browser("198.51.100.99");
            assertThat(someone.signIn(spelling, RIGHT)).as(spelling).isEqualTo("/login?error=locked");
            assertThat(someone.signedIn()).isFalse();
        }
        assertThat(audit(Audit.LOGIN_FAILED, "owner2"))
                .containsExactly("198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4", "198.51.100.5");
        assertThat(audit(Audit.LOCKOUT_NAME, "owner2")).containsExactly("198.51.100.5");
        assertThat(audit(Audit.LOGIN, "owner2")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM change_log WHERE new_value LIKE '%guess-%' OR old_value LIKE "
                                + "'%guess-%' OR changed_by LIKE '%guess-%'")
                        .query(Integer.class)
                        .single())
                .as("no password logged")
                .isZero();
    }

    @Test
    void many_names_from_one_address_block_the_address_but_not_the_names_elsewhere() throws Exception {
        account("owner3");
        for (int i = 0; i < 20; i++) {
            assertThat(new Browser("192.0.2.66").signIn("sprayed" + i, "Summer2025!"))
                    .isEqualTo("/login?error");
        }
        assertThat(new Browser("192.0.2.66").signIn("owner3", RIGHT)).isEqualTo("/login?error=locked");
        assertThat(audit(Audit.LOCKOUT_ADDRESS, "sprayed19")).containsExactly("192.0.2.66");
        Browser elsewhere = new Browser("192.0.2.67");
        assertThat(elsewhere.signIn("owner3", RIGHT)).isEqualTo("/");
        assertThat(elsewhere.signedIn()).isTrue();
    }

    @Test
    void a_cross_site_login_post_without_the_token_is_refused() throws Exception {
        account("victim1");
        Browser victim = new Browser("203.0.113.20");
        victim.get("/login");
        Map<String, String> form = Map.of("username", "victim1", "password", RIGHT);
        assertThat(victim.post("/login", form, "Origin", "https://evil.example", "Referer", "https://evil.example/")
                        .statusCode())
                .isEqualTo(403);
        assertThat(victim.post("/login", Map.of("username", "victim1", "password", RIGHT, "_csrf", "forged"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(new Browser("203.0.113.21").post("/login", form).statusCode())
                .isEqualTo(403);
        assertThat(victim.signedIn()).isFalse();
        assertThat(audit(Audit.LOGIN, "victim1")).isEmpty();
    }

    @Test
    void every_page_says_how_browsers_must_treat_it_and_the_session_cookie_stays_first_party() throws Exception {
        Browser browser = new Browser("203.0.113.30");
        HttpResponse<String> start = browser.get("/");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow())
                .endsWith("/login")
                .doesNotContainIgnoringCase("jsessionid");
        for (HttpResponse<String> r : List.of(start, browser.get("/login"))) {
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains(
                            "default-src 'self'",
                            "frame-ancestors 'none'",
                            "object-src 'none'",
                            "base-uri 'self'",
                            "form-action 'self'");
            assertThat(r.headers().firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        }
        String cookie = start.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
        assertThat(browser.get("/login").body()).doesNotContainIgnoringCase("jsessionid");
    }
}
