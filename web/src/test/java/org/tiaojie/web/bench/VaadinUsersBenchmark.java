package org.tiaojie.web.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vaadin sessions of mediators against a running server (the production build, see
 * {@code docs/benchmarks/sessions-and-browser.md}), spoken in Flow's own client protocol over
 * HTTP: the login form, the bootstrap's init request, then UIDL messages as the browser sends them
 * — navigation events for clicks on the menu and on a case, and the grid's request for its next
 * rows when scrolling.
 * <ol>
 * <li><b>memory</b>: {@code sessions} (200) logged-in mediators, each with the queue open; the
 * server's live heap after a full GC ({@code jcmd GC.run}, {@code GC.heap_info}) before and
 * after, per session;</li>
 * <li><b>load</b>: {@code users} (100) of them click every 5 s (±1 s) for {@code seconds} (90):
 * queue, next page of the queue, a case file of their queue, the inbox; server response times
 * by action, against the same sessions' heartbeat requests measured in the same run.</li>
 * </ol>
 * Arguments: base URL, server pid, database URL (to pick case files), sessions, users, seconds.
 * Run: {@code ./mvnw -q -pl web test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tiaojie.web.bench.VaadinUsersBenchmark -Dexec.args="http://localhost:8080 PID
 * jdbc:mariadb://127.0.0.1:3306/tj_city_1m"}.
 */
public final class VaadinUsersBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern EMBEDDED_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private static int intIn(String page, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in the page's first screen");
        }
        return Integer.parseInt(m.group(1));
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final List<String> MEDIATORS = List.of("shequ", "shequ1", "shequ2", "shequ3", "shequ4", "shequ6",
            "shequ7", "shequ8", "shequ9", "shequ10", "shequ11", "shequ12", "jiedao", "quwei");

    private VaadinUsersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        long pid = Long.parseLong(args[1]);
        String db = args.length > 2 ? args[2] : "jdbc:mariadb://127.0.0.1:3306/tj_city_1m";
        int sessions = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int users = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 90;
        Map<String, List<Long>> cases = caseFiles(db);

        // warm the server's code paths with a few sessions that are then dropped
        for (int i = 0; i < 10; i++) {
            Session s = Session.open(base, MEDIATORS.get(i % MEDIATORS.size()));
            s.navigate("inbox");
            s.navigate("mediator");
        }
        long before = liveHeap(pid);
        List<Session> open = new ArrayList<>();
        ExecutorService logins = Executors.newFixedThreadPool(4);
        try {
            List<Future<Session>> futures = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                String user = MEDIATORS.get(i % MEDIATORS.size());
                futures.add(logins.submit(() -> Session.open(base, user)));
            }
            for (Future<Session> f : futures) {
                open.add(f.get());
            }
        } finally {
            logins.shutdown();
        }
        long after = liveHeap(pid);
        long rowsShown = open.stream().mapToLong(s -> s.rowsSeen).sum();
        System.out.printf(Locale.ROOT, "memory: %d sessions with the queue open (%,d case rows sent to them)%n",
                sessions, rowsShown);
        System.out.printf(Locale.ROOT, "  live heap after full GC: %,.1f MB before, %,.1f MB after%n", before / 1048576.0,
                after / 1048576.0);
        System.out.printf(Locale.ROOT, "  per session: %,.0f kB (goal <= 1,024 kB; %.1f %% of the idle application's "
                + "heap)%n", (after - before) / 1024.0 / sessions, 100.0 * (after - before) / sessions / before);

        // load: users click every 5 s
        List<Session> active = open.subList(0, Math.min(users, open.size()));
        Map<String, List<Double>> times = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService clickers = Executors.newFixedThreadPool(active.size());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int u = 0; u < active.size(); u++) {
                Session s = active.get(u);
                Random random = new Random(u);
                futures.add(clickers.submit(() -> {
                    Thread.sleep(random.nextInt(5_000));
                    int step = 0;
                    while (System.nanoTime() < end) {
                        String action = switch (step++ % 4) {
                            case 0 -> "open a case file";
                            case 1 -> "back to the queue";
                            case 2 -> "scroll the queue (next 50)";
                            default -> "inbox";
                        };
                        try {
                            long t0 = System.nanoTime();
                            switch (action) {
                                case "open a case file" -> {
                                    List<Long> own = cases.getOrDefault(s.user, List.of());
                                    s.navigate(own.isEmpty() ? "inbox" : "case/" + own.get(random.nextInt(own.size())));
                                }
                                case "back to the queue" -> s.navigate("mediator");
                                case "scroll the queue (next 50)" -> s.scroll();
                                default -> s.navigate("inbox");
                            }
                            long t1 = System.nanoTime();
                            s.heartbeat();
                            long t2 = System.nanoTime();
                            times.computeIfAbsent(action, k -> new CopyOnWriteArrayList<>()).add((t1 - t0) / 1e6);
                            times.computeIfAbsent("all clicks", k -> new CopyOnWriteArrayList<>()).add((t1 - t0) / 1e6);
                            times.computeIfAbsent("heartbeat (baseline)", k -> new CopyOnWriteArrayList<>())
                                    .add((t2 - t1) / 1e6);
                        } catch (IOException | RuntimeException e) {
                            failures.add(action + ": " + e.getMessage());
                        }
                        Thread.sleep(4_000 + random.nextInt(2_000));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            clickers.shutdown();
        }
        double baseP95 = percentile(times.get("heartbeat (baseline)"), 0.95);
        System.out.printf(Locale.ROOT, "load: %d users clicking every 5 s for %d s; %d failures%s%n", active.size(),
                seconds, failures.size(), failures.isEmpty() ? "" : " " + failures.subList(0, Math.min(3,
                        failures.size())));
        for (String k : List.of("all clicks", "open a case file", "back to the queue", "scroll the queue (next 50)",
                "inbox", "heartbeat (baseline)")) {
            List<Double> t = times.getOrDefault(k, List.of());
            if (t.isEmpty()) {
                continue;
            }
            System.out.printf(Locale.ROOT, "  %-28s n=%5d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (p95 = %.1f x "
                    + "heartbeat p95)%n", k, t.size(), percentile(t, 0.5), percentile(t, 0.95), percentile(t, 0.99),
                    percentile(t, 0.95) / baseP95);
        }
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1));
    }

    /** Open disputes of each mediator's organisation, to open as case files. */
    private static Map<String, List<Long>> caseFiles(String url) throws Exception {
        Map<String, List<Long>> result = new ConcurrentHashMap<>();
        try (Connection c = DriverManager.getConnection(url, System.getenv().getOrDefault("TIAOJIE_DB_USER", "root"),
                System.getenv().getOrDefault("TIAOJIE_DB_PASSWORD", ""));
                PreparedStatement ps = c.prepareStatement("""
                        select d.id from dispute d join app_user u on u.organisation_id = d.organisation_id
                        where u.username = ? and d.is_open = true order by d.queue_due, d.id limit 200""")) {
            for (String user : MEDIATORS) {
                ps.setString(1, user);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                result.put(user, ids);
            }
        }
        return result;
    }

    /** The server's live heap: a full GC, then the heap's use, both by jcmd. */
    private static long liveHeap(long pid) throws Exception {
        run("jcmd", Long.toString(pid), "GC.run");
        Thread.sleep(1_000);
        run("jcmd", Long.toString(pid), "GC.run");
        String info = run("jcmd", Long.toString(pid), "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    private static String run(String... command) throws Exception {
        String javaHome = System.getProperty("java.home");
        command[0] = javaHome + "/bin/" + command[0];
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** One browser's conversation: its cookie, its UI's security key, sync and client ids. */
    private static final class Session {
        final String user;
        final String base;
        final HttpClient http;
        String key;
        int syncId;
        int clientId;
        int gridNode = -1;
        int scrolled;
        long rowsSeen;
        int history;

        private Session(String base, String user) {
            this.base = base;
            this.user = user;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        static Session open(String base, String user) throws IOException, InterruptedException {
            Session s = new Session(base, user);
            String page = s.get("/login");
            Matcher m = CSRF.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo2026&_csrf="
                    + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> login = s.http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException(user + " could not log in: " + login.statusCode());
            }
            String first = s.get("/mediator");
            Matcher key = EMBEDDED_KEY.matcher(first);
            if (key.find()) {
                // vaadin.eagerServerLoad: the page itself carries the first screen (the queue) and the UI's keys
                s.key = key.group(1);
                s.syncId = intIn(first, "syncId");
                s.clientId = intIn(first, "clientId");
                s.rowsSeen += countRows(first);
                return s;
            }
            JsonNode init = JSON.readTree(s.get("/?v-r=init&location=mediator&query="));
            JsonNode uidl = init.path("appConfig").path("uidl");
            s.key = uidl.path("Vaadin-Security-Key").asString();
            s.syncId = uidl.path("syncId").asInt();
            s.clientId = uidl.path("clientId").asInt();
            s.navigate("mediator");
            return s;
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            return r.body();
        }

        void navigate(String route) throws IOException, InterruptedException {
            String body = uidl("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                    + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + (++history)
                    + "},\"trigger\":\"\"}}");
            if (route.equals("mediator")) {
                gridNode = gridNode(body);
                scrolled = 0;
            }
            rowsSeen += countRows(body);
        }

        void scroll() throws IOException, InterruptedException {
            if (gridNode < 0) {
                navigate("mediator");
            }
            scrolled += 50;
            String body = uidl("{\"type\":\"publishedEventHandler\",\"node\":" + gridNode
                    + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[" + scrolled
                    + ",50],\"promise\":0}");
            rowsSeen += countRows(body);
        }

        void heartbeat() throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=0"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("heartbeat answered " + r.statusCode());
            }
        }

        private String uidl(String rpc) throws IOException, InterruptedException {
            String message = "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
            String body = r.body();
            if (r.statusCode() != 200 || !body.startsWith("{")) {
                throw new IllegalStateException("UIDL answered " + r.statusCode() + ": "
                        + body.substring(0, Math.min(200, body.length())));
            }
            JsonNode json = JSON.readTree(body);
            if (json.has("meta") && json.path("meta").has("appError")) {
                throw new IllegalStateException("application error: " + json.path("meta").path("appError"));
            }
            syncId = json.path("syncId").asInt(syncId);
            clientId = json.path("clientId").asInt(clientId + 1);
            return body;
        }

        private static int gridNode(String body) {
            JsonNode json = JSON.readTree(body);
            for (JsonNode change : json.path("changes")) {
                if ("id".equals(change.path("key").asString("")) && "tj-queue".equals(change.path("value").asString(""))) {
                    return change.path("node").asInt();
                }
            }
            return -1;
        }

        private static long countRows(String body) {
            return Pattern.compile("人调字第").matcher(body).results().count();
        }
    }
}
