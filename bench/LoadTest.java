import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load test over real HTTP, k6-style, in plain Java (no dependency, not part of ./mvnw verify):
 *
 * <pre>
 *   java bench/LoadTest.java http://127.0.0.1:8080 [SESSIONS=10] [SECONDS=60] [SERVER_PID]
 * </pre>
 *
 * SESSIONS virtual users sign in (officer and leader in turn, demo-password) as a browser does (login page, CSRF token,
 * form post) and open one tab, then for SECONDS open the portfolio and a project it links to, again and again, as the
 * tab's Vaadin client does (a navigation event): the server builds the whole view and answers with it. Prints throughput, median and p95 per page, and failures as a Markdown table. With SERVER_PID (a
 * JDK's jcmd on the PATH) it also prints the server's heap after a full GC before the sessions and once every session
 * has signed in and opened the portfolio, before the load: the heap each signed-in session with its portfolio keeps.
 * (After the load the heap is larger: this client does not answer the server's JavaScript calls, as a browser does,
 * and a view with an unanswered call stays referenced; that figure is printed too, but it is not a browser's.)
 */
public class LoadTest {

    private static final Pattern CSRF = Pattern.compile("name=\\\"_csrf\\\" content=\\\"([^\\\"]+)\\\"");
    private static final Pattern PROJECT = Pattern.compile("projects/(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");

    private final URI base;
    private final ConcurrentHashMap<String, List<Double>> times = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();

    LoadTest(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("java bench/LoadTest.java BASE_URL [SESSIONS] [SECONDS] [SERVER_PID]");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String pid = args.length > 3 ? args[3] : null;
        new LoadTest(base).run(sessions, seconds, pid);
    }

    void run(int sessions, int seconds, String pid) throws Exception {
        long heapBefore = pid == null ? -1 : heapAfterGc(pid);
        List<Session> open = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Session s = new Session(i % 2 == 0 ? "officer" : "leader");
            s.signIn();
            open.add(s);
        }
        for (Session s : open) {
            s.visit(); // one portfolio and one project each, before the heap is read
        }
        times.clear();
        long heapOpen = pid == null ? -1 : heapAfterGc(pid);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        List<Future<?>> running = new ArrayList<>();
        for (Session s : open) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    s.visit();
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        long heapWith = pid == null ? -1 : heapAfterGc(pid);
        report(sessions, elapsed, heapBefore, heapOpen, heapWith);
    }

    private void report(int sessions, double elapsed, long heapBefore, long heapOpen, long heapWith) {
        System.out.println("| what | requests | per second | median | p95 |");
        System.out.println("|---|---|---|---|---|");
        times.forEach((page, samples) -> {
            List<Double> sorted = new ArrayList<>(samples);
            Collections.sort(sorted);
            double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
            double p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
            System.out.printf(
                    Locale.ROOT,
                    "| %s, %d sessions | %d | %.1f | %.0f ms | %.0f ms |%n",
                    page,
                    sessions,
                    sorted.size(),
                    sorted.size() / elapsed,
                    median,
                    p95);
        });
        System.out.printf(Locale.ROOT, "%n%d failed requests in %.0f s%n", failures.get(), elapsed);
        if (heapBefore >= 0) {
            System.out.printf(
                    Locale.ROOT,
                    "server heap after GC: %d KB before signing in, %d KB with %d sessions signed in on a project page"
                            + " after the portfolio: %d KB per session; after the load %d KB (views this client's"
                            + " unanswered calls keep, not a browser's figure)%n",
                    heapBefore / 1024,
                    heapOpen / 1024,
                    sessions,
                    (heapOpen - heapBefore) / 1024 / sessions,
                    heapWith / 1024);
        }
    }

    /** Used heap after a full GC, from {@code jcmd PID GC.heap_info} (the G1 line "total …K, used …K"). */
    private static long heapAfterGc(String pid) throws IOException, InterruptedException {
        new ProcessBuilder("jcmd", pid, "GC.run").inheritIO().start().waitFor();
        Process p = new ProcessBuilder("jcmd", pid, "GC.heap_info").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("No heap figure from jcmd: " + out);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    /** One signed-in browser: its cookies and the project it last saw linked. */
    final class Session {

        private final String user;
        private final HttpClient http;
        private String project;
        private String securityKey;
        private int syncId;
        private int clientId;

        Session(String user) {
            this.user = user;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        void signIn() throws IOException, InterruptedException {
            HttpResponse<String> page = get("login");
            Matcher m = CSRF.matcher(page.body());
            if (!m.find()) {
                throw new IllegalStateException("No CSRF token on the login page (" + page.statusCode() + ")");
            }
            String form = "username=" + encode(user) + "&password=demo-password&_csrf=" + encode(m.group(1));
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(base.resolve("login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException(user + " could not sign in: " + answer.statusCode() + " " + location);
            }
        }

        /** Opens the portfolio, then a project it links to. */
        void visit() {
            String portfolio = open("portfolio", "", "project-grid");
            if (portfolio != null) {
                Matcher m = PROJECT.matcher(portfolio);
                if (m.find()) {
                    project = m.group(1);
                }
            }
            if (project != null) {
                open("project", "projects/" + project, "projects/" + project);
            }
        }

        /**
         * A page as the browser's Vaadin client opens it in its tab: the first time the request that starts the tab's
         * UI ({@code ?v-r=init}), then the navigation event the client sends ({@code ?v-r=uidl}), by which the server
         * builds the view and answers with it. Null when it failed or lacks the expected text.
         */
        private String open(String page, String route, String expected) {
            long t = System.nanoTime();
            try {
                if (securityKey == null) {
                    HttpResponse<String> init = get("?v-r=init&location=&query=");
                    Matcher key = SECURITY_KEY.matcher(init.body());
                    if (init.statusCode() != 200 || !key.find()) {
                        failures.incrementAndGet();
                        return null;
                    }
                    securityKey = key.group(1);
                    t = System.nanoTime(); // the tab's start is not the page
                }
                String event = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                        + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                        + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + clientId + "},\"trigger\":\"\"}}],"
                        + "\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=0"))
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(event))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - t) / 1e6;
                Matcher sync = SYNC_ID.matcher(r.body());
                Matcher client = CLIENT_ID.matcher(r.body());
                if (r.statusCode() != 200 || !sync.find() || !client.find() || !r.body().contains(expected)) {
                    failures.incrementAndGet();
                    securityKey = null; // start a new tab
                    return null;
                }
                syncId = Integer.parseInt(sync.group(1));
                clientId = Integer.parseInt(client.group(1));
                times.computeIfAbsent(page, k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(ms);
                return r.body();
            } catch (IOException | InterruptedException e) {
                failures.incrementAndGet();
                return null;
            }
        }

        private HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(base.resolve(path))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
