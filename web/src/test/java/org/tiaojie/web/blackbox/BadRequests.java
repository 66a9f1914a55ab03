package org.tiaojie.web.blackbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The black-box suite of issue #26 (OWASP ASVS 4: V2.2.1 anti-automation, V3.4 cookies, V4.2.2 CSRF, V5.1 input
 * validation, V13.2 RESTful services, V14.4 HTTP security headers): from outside, over HTTP only, against a running
 * Tiaojie (the production jar or a test server) and its database. It sends generated bad requests — every shape a
 * careless or hostile client sends: JSON cut short, unknown and repeated fields, wrong types, control and bidi
 * characters, invalid UTF-8, oversized bodies, odd methods, paths, media types and keys — and checks that each is
 * refused with a problem+json (never a redirect, an HTML page or a server error) naming the field where there is
 * one, and that not a row was added to any table but the security log. Then the login's CSRF check, the security
 * headers and cookie, the idempotency key (same payload 200, another payload 409, every allowed character read back)
 * and the throttles (429 with Retry-After) from the same address. Run it with {@link #main} against a jar started
 * with {@code SPRING_QUARTZ_AUTO_STARTUP=false} (no job writes meanwhile); {@code BadRequestsDatabaseIT} runs it in
 * the build. The throttles then refuse this address's logins and failed keys for ten minutes.
 */
public final class BadRequests {

    /** Tables a refusal may add to: the security log (refused keys and logins are audited, sealed in the chain). */
    static final Pattern SECURITY_LOG = Pattern.compile("(?i)audit_entry|audit_pending|audit_seal");
    static final String[] TEXT_FIELDS = {"orderNumber", "callerName", "callerPhone", "compound", "community",
        "category", "description"};
    static final String[] PARTY_TEXT = {"name", "ethnicity", "idNumber", "phone", "address", "creditCode",
        "legalRepresentative", "representativeTitle", "agentName", "agentPhone"};
    static final java.util.Set<String> ORGANISATION_FIELDS = java.util.Set.of("creditCode", "legalRepresentative",
        "representativeTitle");
    /** Characters no field takes: C0 controls (but tab and line feed, tested apart), DEL, C1, bidi and other format characters. */
    static final List<String> BAD_CHARACTERS = badCharacters();

    private final URI base;
    private final String apiKey;
    private final String compound;
    private final Connection db;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int sent;

    BadRequests(URI base, String apiKey, String compound, Connection db) {
        this.base = base;
        this.apiKey = apiKey;
        this.compound = compound;
        this.db = db;
    }

    /** What a run found: requests sent, answers by status, failures (empty when everything held), rows added. */
    public record Report(int badRequests, Map<Integer, Integer> statuses, List<String> failures,
            Map<String, Long> tablesChanged, Map<String, Long> securityLog) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BadRequests BASE_URL API_KEY JDBC_URL [DB_USER [DB_PASSWORD]]");
            System.exit(2);
        }
        try (Connection c = DriverManager.getConnection(args[2], args.length > 3 ? args[3] : "root",
                args.length > 4 ? args[4] : "")) {
            Report report = run(URI.create(args[0]), args[1], c);
            System.out.println(report);
            System.exit(report.failures().isEmpty() ? 0 : 1);
        }
    }

    /** Runs the whole suite. */
    public static Report run(URI base, String apiKey, Connection db) throws Exception {
        String compound;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select min(c.name) from compound c"
                + " where (select count(*) from compound o where o.name = c.name) = 1")) {
            rs.next();
            compound = rs.getString(1);
        }
        return new BadRequests(base, apiKey, compound, db).all();
    }

    private Report all() throws Exception {
        idempotency(); // stores three orders: before the count
        settled();
        Map<String, Long> before = counts();
        for (Bad bad : generated()) {
            check(bad, send(bad));
        }
        protocol();
        Map<String, Long> after = counts();
        Map<String, Long> changed = new TreeMap<>();
        Map<String, Long> log = new TreeMap<>();
        after.forEach((table, n) -> {
            long added = n - before.getOrDefault(table, 0L);
            if (added != 0) {
                (SECURITY_LOG.matcher(table).matches() ? log : changed).put(table, added);
            }
        });
        changed.forEach((table, n) -> failures.add("refused requests changed " + table + " by " + n + " rows"));
        login();
        headers();
        throttles();
        return new Report(sent, statuses, failures, changed, log);
    }

    // --- the generated bad requests --------------------------------------------------------------------------

    /** One bad request: the body's bytes, the field a refusal must name (or null), and its headers. */
    record Bad(String shape, String method, String path, byte[] body, String contentType, Map<String, String> headers,
            String field, int expected) {
    }

    private Map<String, Object> order(String number) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("orderNumber", number);
        o.put("callerName", "卫测试");
        o.put("callerPhone", "13912345678");
        o.put("compound", compound);
        o.put("category", "物业服务质量/维修响应");
        o.put("description", "楼上漏水导致天花板发霉");
        o.put("partyCount", 1);
        o.put("urgent", false);
        return o;
    }

    private static Map<String, Object> party() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("role", "APPLICANT");
        p.put("name", "卫测试");
        p.put("phone", "13912345678");
        p.put("address", "测试路1号");
        p.put("agentName", "李代理");
        p.put("agentPhone", "13712345678");
        p.put("agentAuthority", "GENERAL");
        return p;
    }

    private String number(int i) {
        return "BB-" + run + "-" + i;
    }

    private Bad post(String shape, String body, String field) {
        return post(shape, body.getBytes(StandardCharsets.UTF_8), field);
    }

    private Bad post(String shape, byte[] body, String field) {
        return new Bad(shape, "POST", "/api/v1/work-orders", body, "application/json", Map.of(), field, 400);
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

    List<Bad> generated() {
        List<Bad> bad = new ArrayList<>();
        int n = 0;
        // control, bidi and format characters at the start, inside and at the end of every text field
        for (String field : TEXT_FIELDS) {
            for (String c : BAD_CHARACTERS) {
                if (c.equals("\r") && field.equals("description")) {
                    continue; // a line break, in the one text that has lines
                }
                for (int at = 0; at < 3; at++) {
                    Map<String, Object> o = order(number(n++));
                    String value = field.equals("community") ? "湖畔社区" : String.valueOf(o.get(field));
                    String spoilt = switch (at) {
                        case 0 -> c + value;
                        case 1 -> value.substring(0, value.length() / 2) + c + value.substring(value.length() / 2);
                        default -> value + c;
                    };
                    o.put(field, spoilt);
                    bad.add(post("character U+" + Integer.toHexString(c.codePointAt(0)) + " at " + at + " in "
                            + field, write(o), field));
                }
            }
            // a line break, where the field is one line
            if (!field.equals("description")) {
                Map<String, Object> o = order(number(n++));
                o.put(field, "第一行\n第二行");
                bad.add(post("line break in " + field, write(o), field));
            }
        }
        // the same in every text field of a party
        for (String field : PARTY_TEXT) {
            for (String c : BAD_CHARACTERS) {
                Map<String, Object> o = order(number(n++));
                Map<String, Object> p = party();
                if (ORGANISATION_FIELDS.contains(field)) {
                    p.put("organisation", true); // a person has no credit code or legal representative to spoil
                }
                p.put(field, "值" + c + "值");
                o.put("parties", List.of(p));
                bad.add(post("character U+" + Integer.toHexString(c.codePointAt(0)) + " in parties[0]." + field,
                        write(o), "parties[0]." + field));
            }
        }
        // too long
        Map<String, Integer> max = Map.of("orderNumber", 60, "callerName", 50, "compound", 100, "community", 100,
                "category", 200, "description", 4000);
        for (var m : max.entrySet()) {
            Map<String, Object> o = order(number(n++));
            o.put(m.getKey(), "长".repeat(m.getValue() + 1));
            bad.add(post(m.getKey() + " too long", write(o), m.getKey()));
        }
        // wrong JSON types for every field
        Map<String, List<Object>> wrong = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) {
            wrong.put(field, List.of(3.7, true, 1e30, List.of("a"), Map.of("a", 1)));
        }
        wrong.put("partyCount", List.of("1", 1.5, true, 1e30, "", List.of(1), Map.of("n", 1)));
        wrong.put("amount", List.of(true, "一千", List.of(1), Map.of("n", 1)));
        for (String flag : new String[] {"urgent", "leaderInstruction", "publicOpinion"}) {
            wrong.put(flag, List.of(-1, 0, 1, "", "true", "yes", List.of(true), Map.of("b", true)));
        }
        wrong.put("parties", List.of("申请人", 1, true, Map.of("name", "x")));
        for (var w : wrong.entrySet()) {
            for (Object value : w.getValue()) {
                Map<String, Object> o = order(number(n++));
                o.put(w.getKey(), value);
                bad.add(post(w.getKey() + " as " + value.getClass().getSimpleName() + " " + value, write(o),
                        w.getKey()));
            }
        }
        // numbers written as JSON allows but no field takes
        for (String value : new String[] {"-1", "0", "100001", "1.0e400", "-0"}) {
            String body = write(order(number(n++))).replace("\"partyCount\":1", "\"partyCount\":" + value);
            bad.add(post("partyCount " + value, body, "partyCount"));
        }
        // unknown fields, at the top and in a party
        for (String unknown : new String[] {"orderno", "OrderNumber", "caller_phone", "phone", "priority", "__proto__",
            "constructor", "id", "caseNumber", "state", "organisationId", "handler", "x", "", " orderNumber",
            "orderNumber ", "描述", "callerPhone2", "tags", "version"}) {
            Map<String, Object> o = order(number(n++));
            o.put(unknown, "1");
            bad.add(post("unknown field '" + unknown + "'", write(o), unknown));
            Map<String, Object> withParty = order(number(n++));
            Map<String, Object> p = party();
            p.put(unknown.isEmpty() ? "_" : unknown, "1");
            withParty.put("parties", List.of(p));
            bad.add(post("unknown party field '" + unknown + "'", write(withParty), null));
        }
        // a field given twice (the second would win without the check)
        for (String field : new String[] {"orderNumber", "callerName", "callerPhone", "compound", "category",
            "description", "partyCount", "urgent"}) {
            String body = write(order(number(n++)));
            Object original = order("x").get(field);
            String repeat = ",\"" + field + "\":" + write(field.equals("orderNumber") ? number(n++) : original) + "}";
            bad.add(post(field + " twice", body.substring(0, body.length() - 1) + repeat, field));
        }
        // required fields missing or null
        for (String field : new String[] {"orderNumber", "callerPhone", "compound", "category", "description"}) {
            Map<String, Object> o = order(number(n++));
            o.remove(field);
            bad.add(post(field + " missing", write(o), field));
            Map<String, Object> nulled = order(number(n++));
            nulled.put(field, null);
            bad.add(post(field + " null", write(nulled), field));
            Map<String, Object> blank = order(number(n++));
            blank.put(field, " ");
            bad.add(post(field + " blank", write(blank), field));
        }
        // order numbers outside the documented set [A-Za-z0-9][A-Za-z0-9_.-]{0,59}
        for (String number : new String[] {"BB/" + run, "BB " + run, "BB#" + run, "BB?" + run, "BB%" + run,
            "BB+" + run, "BB:" + run, "BB;" + run, "BB\\" + run, "BB\"" + run, "-BB" + run, ".BB" + run, "_BB" + run,
            "工单" + run, "BB" + run + "é", "BB*" + run, "BB&" + run, "BB=" + run, "BB@" + run, "BB~" + run,
            "B".repeat(61)}) {
            bad.add(post("order number '" + number + "'", write(order(number)), "orderNumber"));
        }
        // invalid UTF-8 in each text field
        byte[][] broken = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE6, (byte) 0xBC}, {(byte) 0xF8, (byte) 0x88,
                (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        for (String field : TEXT_FIELDS) {
            for (byte[] b : broken) {
                Map<String, Object> o = order(number(n++));
                o.put(field, "@@");
                byte[] body = write(o).getBytes(StandardCharsets.UTF_8);
                bad.add(post("invalid UTF-8 " + hex(b) + " in " + field, splice(body, "@@", b), null));
            }
        }
        for (String field : PARTY_TEXT) {
            for (byte[] b : broken) {
                Map<String, Object> o = order(number(n++));
                Map<String, Object> p = party();
                p.put(field, "@@");
                o.put("parties", List.of(p));
                bad.add(post("invalid UTF-8 " + hex(b) + " in parties[0]." + field,
                        splice(write(o).getBytes(StandardCharsets.UTF_8), "@@", b), null));
            }
        }
        // the body cut short at every position
        byte[] whole = write(order(number(n++))).getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut < whole.length; cut++) {
            byte[] part = java.util.Arrays.copyOf(whole, cut);
            bad.add(post("body cut at byte " + cut, part, null));
        }
        // not an object
        for (String body : new String[] {"null", "[]", "[" + write(order(number(n++))) + "]", "\"order\"", "42", "true",
            "{}{}", write(order(number(n++))) + "x", "{\"orderNumber\":\"" + number(n++) + "\",}", "{'a':1}",
            "{\"a\":NaN}", "<order/>", "orderNumber=1", "\u0000"}) {
            bad.add(post("body " + body.substring(0, Math.min(30, body.length())), body, null));
        }
        // media types the API does not read, and answers it cannot give
        String valid = write(order(number(n++)));
        for (String type : new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "text/html", "application/octet-stream"}) {
            bad.add(new Bad("Content-Type " + type, "POST", "/api/v1/work-orders",
                    valid.getBytes(StandardCharsets.UTF_8), type, Map.of(), null, 415));
        }
        for (String accept : new String[] {"text/html", "application/xml", "image/png", "text/csv"}) {
            bad.add(new Bad("Accept " + accept, "POST", "/api/v1/work-orders", valid.getBytes(StandardCharsets.UTF_8),
                    "application/json", Map.of("Accept", accept), null, 406));
        }
        // methods and paths
        for (String method : new String[] {"PUT", "DELETE", "PATCH", "TRACE"}) {
            bad.add(new Bad(method + " work orders", method, "/api/v1/work-orders", null, null, Map.of(), null, 405));
            bad.add(new Bad(method + " one order", method, "/api/v1/work-orders/" + number(0), null, null, Map.of(),
                    null, 405));
        }
        for (String path : new String[] {"/api/v1/nothing", "/api/v2/work-orders", "/api/v1/work-orders/", "/api/",
            "/api/v1/work-orders/%2e%2e/%2e%2e/admin", "/api/v1/work-orders/..;/..;/admin",
            "/api/v1/work-orders/x;jsessionid=0", "/api/v1/work-orders/%00", "/api/v1/work-orders/a%2Fb",
            "/api/v1/work-orders/" + "x".repeat(300), "/api/v1/work-orders/%E5%B7%A5%E5%8D%95",
            "/api/v1/work-orders/BB-none-" + run}) {
            int expected = path.endsWith("BB-none-" + run) || path.startsWith("/api/v1/nothing")
                    || path.startsWith("/api/v2") ? 404 : 0;
            bad.add(new Bad("GET " + path, "GET", path, null, null, Map.of(), null, expected));
        }
        // too large: the default limit is 1 MB
        Map<String, Object> huge = order(number(n++));
        huge.put("description", "大".repeat(400_000));
        bad.add(new Bad("1.2 MB body", "POST", "/api/v1/work-orders", write(huge).getBytes(StandardCharsets.UTF_8),
                "application/json", Map.of(), null, 413));
        return bad;
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02X", b));
        }
        return sb.toString();
    }

    private static byte[] splice(byte[] body, String marker, byte[] with) {
        String text = new String(body, StandardCharsets.UTF_8);
        int at = text.indexOf(marker);
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(with);
        out.writeBytes(tail);
        return out.toByteArray();
    }

    private static List<String> badCharacters() {
        List<String> chars = new ArrayList<>();
        for (int c = 0; c < 0x20; c++) {
            if (c != '\n' && c != '\t') {
                chars.add(Character.toString(c));
            }
        }
        for (int c : new int[] {0x7F, 0x80, 0x85, 0x9F, 0x200B, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
            0x2066, 0x2067, 0x2068, 0x2069, 0x061C, 0xFEFF, 0x2028, 0x2029, 0xFFF9}) {
            chars.add(Character.toString(c));
        }
        return List.copyOf(chars);
    }

    // --- sending and checking ----------------------------------------------------------------------------------

    /** What came back. */
    record Answer(int status, String contentType, String body, Map<String, List<String>> headers) {
    }

    private Answer send(Bad bad) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + bad.path())).timeout(Duration.ofSeconds(30))
                .method(bad.method(), bad.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bad.body()))
                .header("X-Api-Key", bad.headers().getOrDefault("X-Api-Key", apiKey));
        if (bad.contentType() != null) {
            b.header("Content-Type", bad.contentType());
        }
        bad.headers().forEach((name, value) -> {
            if (!name.equals("X-Api-Key")) {
                b.header(name, value);
            }
        });
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return answer(r.statusCode(), r.headers().map(), r.body());
    }

    private Answer answer(int status, Map<String, List<String>> headers, String body) {
        sent++;
        statuses.merge(status, 1, Integer::sum);
        String type = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("content-type"))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse("");
        return new Answer(status, type, body, headers);
    }

    private void check(Bad bad, Answer a) {
        String what = bad.shape() + ": " + a.status() + " " + a.contentType();
        if (a.status() >= 500 || a.status() < 400) {
            failures.add(what + " (not a refusal) " + a.body().substring(0, Math.min(200, a.body().length())));
            return;
        }
        if (bad.expected() != 0 && a.status() != bad.expected()) {
            failures.add(what + " (expected " + bad.expected() + ")");
        }
        if (!a.contentType().startsWith("application/problem+json")) {
            failures.add(what + " (not problem+json)");
            return;
        }
        if (bad.field() != null) {
            JsonNode body = json.readTree(a.body());
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.path("field").asString()));
            boolean named = fields.stream().anyMatch(f -> f.equals(bad.field()) || f.startsWith(bad.field() + ".")
                    || f.startsWith(bad.field() + "["));
            if (!named) {
                failures.add(what + " names " + fields + ", not " + bad.field());
            }
        }
    }

    // --- what Java's client will not send: raw HTTP on a socket ---------------------------------------------------

    private Answer raw(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int r; (r = in.read(buffer)) > 0; ) {
                    got.write(buffer, 0, r);
                    if (complete(got.toString(StandardCharsets.UTF_8))) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException closed) {
                // what came so far is the answer
            }
            String text = got.toString(StandardCharsets.UTF_8);
            Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(text);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            int split = text.indexOf("\r\n\r\n");
            for (String line : text.substring(0, Math.max(split, 0)).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                            .add(line.substring(colon + 1).strip());
                }
            }
            return answer(status.find() ? Integer.parseInt(status.group(1)) : 0, headers,
                    split < 0 ? "" : text.substring(split + 4));
        }
    }

    private static boolean complete(String text) {
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(text.substring(0, split));
        if (length.find()) {
            return text.substring(split + 4).getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(length.group(1));
        }
        return text.endsWith("0\r\n\r\n");
    }

    private void protocol() throws IOException {
        String host = "Host: " + base.getHost() + ":" + base.getPort() + "\r\n";
        String key = "X-Api-Key: " + apiKey + "\r\n";
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("CR LF in the path", "GET /api/v1/work-orders/a%0d%0aSet-Cookie:x=1 HTTP/1.1\r\n" + host + key
                + "Connection: close\r\n\r\n");
        requests.put("malformed chunked body", "POST /api/v1/work-orders HTTP/1.1\r\n" + host + key
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        requests.put("chunked body over the limit", "POST /api/v1/work-orders HTTP/1.1\r\n" + host + key
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + chunks(1_100_000) + "0\r\n\r\n");
        requests.put("non-ASCII key", "GET /api/v1/work-orders/x HTTP/1.1\r\n" + host + "X-Api-Key: 钥匙\r\n"
                + "Connection: close\r\n\r\n");
        requests.put("path traversal", "GET /api/v1/../../VAADIN/x HTTP/1.1\r\n" + host + key
                + "Connection: close\r\n\r\n");
        for (var r : requests.entrySet()) {
            Answer a = raw(r.getValue());
            if (a.status() < 400 || a.status() >= 500) {
                failures.add(r.getKey() + ": " + a.status() + " (not a refusal)");
            } else if (!r.getKey().equals("path traversal") && !a.contentType().startsWith("application/problem+json")) {
                failures.add(r.getKey() + ": " + a.status() + " " + a.contentType() + " (not problem+json)");
            }
        }
    }

    private static String chunks(int total) {
        StringBuilder sb = new StringBuilder("{\"description\":\"");
        sb.append("a".repeat(total));
        String body = sb.append("\"}").toString();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i += 8192) {
            String part = body.substring(i, Math.min(body.length(), i + 8192));
            out.append(Integer.toHexString(part.length())).append("\r\n").append(part).append("\r\n");
        }
        return out.toString();
    }

    // --- what must hold besides --------------------------------------------------------------------------------

    private Answer post(String body, String key) throws IOException, InterruptedException {
        return send(new Bad("order", "POST", "/api/v1/work-orders", body.getBytes(StandardCharsets.UTF_8),
                "application/json", key == null ? Map.of() : Map.of("X-Api-Key", key), null, 0));
    }

    /** Every character of the documented order-number set, in two numbers (it has 65, a number at most 60). */
    private List<String> everyAllowedCharacter() {
        StringBuilder all = new StringBuilder();
        for (char c = 'A'; c <= 'Z'; c++) {
            all.append(c);
        }
        for (char c = 'a'; c <= 'z'; c++) {
            all.append(c);
        }
        all.append("0123456789_.-");
        String first = all.substring(0, 60 - run.length()) + run;
        String second = "Q" + all.substring(60 - run.length()) + run;
        return List.of(first, second);
    }

    private void idempotency() throws Exception {
        List<String> numbers = everyAllowedCharacter();
        String number = numbers.get(1);
        Answer created = post(write(order(number)), apiKey);
        expect("an order number of the allowed characters", created.status() == 201, created);
        for (String each : numbers) {
            if (!each.equals(number)) {
                Answer other = post(write(order(each)), apiKey);
                expect("an order number of the allowed characters", other.status() == 201, other);
            }
            Answer read = send(new Bad("read back", "GET", "/api/v1/work-orders/" + each, null, null, Map.of(), null,
                    0));
            expect("GET reads back " + each, read.status() == 200 && read.body().contains(each), read);
        }
        Answer again = post(write(order(number)), apiKey);
        expect("the same order again answers 200", again.status() == 200, again);
        Map<String, Object> other = order(number);
        other.put("description", "另一份诉求：电梯停运");
        Answer conflict = post(write(other), apiKey);
        expect("another payload under the same number answers 409 naming the dispute", conflict.status() == 409
                && conflict.contentType().startsWith("application/problem+json")
                && conflict.body().contains(json.readTree(created.body()).path("caseNumber").asString()), conflict);
        Answer lower = post(write(order(number.toLowerCase())), apiKey);
        expect("the number compared exactly: its lower case is another order", lower.status() == 201, lower);
    }

    private void expect(String what, boolean held, Answer a) {
        if (!held) {
            failures.add(what + ": " + a.status() + " " + a.body().substring(0, Math.min(300, a.body().length())));
        }
    }

    private void login() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        sent++;
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=duban&password=demo2026")).build(),
                HttpResponse.BodyHandlers.ofString());
        sent++;
        String where = forged.headers().firstValue("Location").orElse("");
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        sent++;
        boolean loggedIn = home.statusCode() == 200 && !home.headers().firstValue("Location").orElse("").contains(
                "login") && !home.body().contains("tj-login");
        if (loggedIn || (!where.contains("login") && forged.statusCode() != 403)) {
            failures.add("a login without its CSRF token was accepted: " + forged.statusCode() + " " + where);
        }
        if (page.statusCode() != 200) {
            failures.add("the login page answered " + page.statusCode());
        }
    }

    private void headers() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        sent++;
        for (String header : new String[] {"Content-Security-Policy", "Referrer-Policy", "Permissions-Policy",
            "X-Content-Type-Options", "X-Frame-Options"}) {
            if (page.headers().firstValue(header).isEmpty()) {
                failures.add("the login page has no " + header);
            }
        }
        String cookie = String.join("; ", page.headers().allValues("Set-Cookie"));
        if (!cookie.isEmpty() && (!cookie.contains("HttpOnly") || !cookie.contains("SameSite=Lax"))) {
            failures.add("the session cookie lacks HttpOnly or SameSite=Lax: " + cookie);
        }
        Answer api = send(new Bad("headers", "GET", "/api/v1/work-orders/BB-none-" + run, null, null, Map.of(), null, 0));
        if (!api.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("content-security-policy"))) {
            failures.add("the API answers without a Content-Security-Policy");
        }
    }

    private void throttles() throws Exception {
        // wrong keys from this address: refused with 401 until the limit, then 429 with Retry-After
        Answer last = null;
        int unauthorized = 0;
        for (int i = 0; i < 30; i++) {
            last = post(write(order(number(900_000 + i))), "tj_wrong-" + i);
            if (last.status() == 401) {
                unauthorized++;
            } else if (last.status() == 429) {
                break;
            }
        }
        if (last == null || last.status() != 429 || last.headers().keySet().stream()
                .noneMatch(h -> h.equalsIgnoreCase("retry-after")) || !last.contentType().startsWith(
                        "application/problem+json")) {
            failures.add("wrong keys were not throttled with 429 and Retry-After after " + unauthorized + " refusals");
        }
        // failed logins from this address: after the limit even the right password is refused
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Function<String, HttpResponse<String>> attempt = password -> {
            try {
                HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
                String form = "username=shequ&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + (token.find() ? "&_csrf=" + token.group(1) : "");
                sent += 2;
                return browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        for (int i = 0; i < 21; i++) {
            attempt.apply("wrong-" + i);
        }
        HttpResponse<String> right = attempt.apply("demo2026");
        String where = right.headers().firstValue("Location").orElse("");
        if (!where.contains("login")) {
            failures.add("after 21 failed logins from one address the right password still logged in: " + where);
        }
    }

    /**
     * Waits until the application has handled the events of the orders just stored (intake supervision runs after
     * the commit), so that what it writes then is not taken for a refused request's rows.
     */
    private void settled() throws SQLException, InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                    "select count(*) from EVENT_PUBLICATION where completion_date is null")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        failures.add("the application did not finish handling the stored orders' events within a minute");
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select table_name from"
                + " information_schema.tables where table_schema = database() and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }
}
