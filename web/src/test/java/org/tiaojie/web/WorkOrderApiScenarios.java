package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.platform.PlatformClientService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 12345 work-order API over HTTP, as a platform sees it: create, repeat (also 20 at once),
 * the status and the reply; and each kind of bad request — malformed JSON, missing fields, wrong
 * types, oversized text, unknown category or compound, wrong or disabled credentials — answered
 * with its status and message while nothing is stored.
 */
abstract class WorkOrderApiScenarios {

    @Autowired
    org.tiaojie.casework.shared.EventPublications publications;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformClientService platforms;
    @Autowired
    AccountService accounts;
    @Autowired
    DisputeService disputes;

    final JsonMapper json = JsonMapper.builder().build();
    String key;
    String compound;
    String prefix;

    @BeforeEach
    void platform() {
        login("admin");
        key = platforms.create("test-" + Long.toString(System.nanoTime(), 36), "测试热线平台",
                jdbc.queryForObject("select organisation_id from app_user where username = 'huawu'", Long.class)).key();
        SecurityContextHolder.clearContext();
        compound = jdbc.queryForObject("""
                select min(c.name) from compound c where (select count(*) from compound o where o.name = c.name) = 1""",
                String.class);
        prefix = "API-" + Long.toString(System.nanoTime(), 36) + "-";
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    void login(String username) {
        var user = Logins.as(accounts, username);
    }

    /**
     * An order of its own caller and words: orders of one caller, or of closely alike words, about one compound and
     * category are kept on one case by the repeat-call rule (issue #27), which these tests do not exercise.
     */
    String order(String number) {
        return """
                {"orderNumber": "%s", "callerName": "卫测试", "callerPhone": "%s", "compound": "%s",
                 "category": "物业服务质量/维修响应", "description": "楼上漏水导致天花板发霉，编号%s", "partyCount": 1,
                 "urgent": false}""".formatted(number, phoneOf(number), compound, java.util.UUID.nameUUIDFromBytes(
                number.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A mobile number of the order's own (the same for a retry of it, blanks around the number and all). */
    static String phoneOf(String number) {
        return "139" + String.format("%08d", Math.floorMod(number.strip().hashCode(), 100_000_000));
    }

    /** What came back: the status, the body and the headers that matter here. */
    record Reply(int statusCode, String body, String contentType, String location) {
    }

    /** Sends a request the way the subclass's transport does (real HTTP, or MockMvc in the shared context). */
    abstract Reply send(String method, String path, String body, String withKey, String language) throws Exception;

    /** Any method and headers, for the requests a careless or hostile client sends. */
    abstract Reply raw(String method, String path, String body, java.util.Map<String, String> headers) throws Exception;

    /** Uploads an import file as a form ({@code file} null: a form without it) to the import endpoint. */
    abstract Reply upload(java.util.Map<String, String> params, byte[] file, String fileName, String withKey)
            throws Exception;

    Reply post(String body, String withKey) throws Exception {
        return send("POST", "/api/v1/work-orders", body, withKey, null);
    }

    Reply get(String path, String withKey) throws Exception {
        return send("GET", path, null, withKey, null);
    }

    long stored() {
        return jdbc.queryForObject("select count(*) from dispute where external_ref like ?", Long.class, prefix + "%");
    }

    JsonNode body(Reply response) {
        return json.readTree(response.body());
    }

    List<String> fields(Reply response) {
        List<String> fields = new ArrayList<>();
        body(response).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    @Test
    void aWorkOrderIsRegisteredOnceAndItsStateAndReplyCanBePulled() throws Exception {
        Reply created = post(order(prefix + "1"), key);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode first = body(created);
        assertThat(first.path("caseNumber").asString()).contains("人调字");
        assertThat(first.path("state").asString()).isEqualTo("REGISTERED");
        assertThat(first.path("stateLabel").asString()).isEqualTo("已登记");
        assertThat(first.path("created").asBoolean()).isTrue();
        assertThat(created.location()).endsWith("/api/v1/work-orders/" + prefix + "1");

        Reply again = post(order(prefix + "1"), key);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).path("caseNumber").asString()).isEqualTo(first.path("caseNumber").asString());
        assertThat(body(again).path("created").asBoolean()).isFalse();
        assertThat(stored()).isOne();
        long id = jdbc.queryForObject("select id from dispute where external_ref = ?", Long.class, prefix + "1");
        assertThat(jdbc.queryForObject("select min(actor) from dispute_history where dispute_id = ?", String.class, id))
                .startsWith("platform:test-");

        Reply status = get("/api/v1/work-orders/" + prefix + "1", key);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(body(status).path("finished").asBoolean()).isFalse();
        assertThat(body(status).path("reply").isNull()).isTrue();

        // the handling organisation rejects it with its reasons: the platform pulls the reply
        String mediator = jdbc.queryForObject("""
                select min(u.username) from app_user u join app_user_role r on r.user_id = u.id
                where r.role = 'MEDIATOR' and u.organisation_id = (select organisation_id from dispute where id = ?)""",
                String.class, id);
        login(mediator);
        org.tiaojie.testing.Settled.await(publications);
        long version = jdbc.queryForObject("select version from dispute where id = ?", Long.class, id);
        disputes.reject(id, version, "不属于物业纠纷，已告知来电人向住建部门反映");
        SecurityContextHolder.clearContext();
        JsonNode reply = body(get("/api/v1/work-orders/" + prefix + "1", key));
        assertThat(reply.path("finished").asBoolean()).isTrue();
        assertThat(reply.path("state").asString()).isEqualTo("REJECTED");
        assertThat(reply.path("reply").asString()).isEqualTo("不属于物业纠纷，已告知来电人向住建部门反映");
        assertThat(reply.path("finishedAt").isMissingNode()).isFalse();

        Reply unknown = get("/api/v1/work-orders/" + prefix + "nope", key);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(body(unknown).path("detail").asString()).contains(prefix + "nope");
    }

    /**
     * Idempotency as platforms expect it: the order number is compared exactly (case counts; blanks around it are
     * trimmed where it arrives), a retry of the same content answers 200 with the dispute, other content under the
     * same number answers 409 naming the dispute and changes nothing, and a number with every allowed character is
     * read back by GET.
     */
    @Test
    void anOrderNumberIsExactAndItsRepeatWithOtherContentIsAConflict() throws Exception {
        String upper = prefix.toUpperCase() + "CASE-X";
        assertThat(post(order(upper), key).statusCode()).isEqualTo(201);
        Reply lower = post(order(upper.toLowerCase()), key);
        assertThat(lower.statusCode()).as("another order: case counts").isEqualTo(201);
        assertThat(post(order(" " + upper + " "), key).statusCode()).as("trimmed once, a retry").isEqualTo(200);

        Reply changed = post(order(upper).replace("楼上漏水导致天花板发霉", "楼道灯不亮"), key);
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(changed.contentType()).startsWith("application/problem+json");
        long id = jdbc.queryForObject("select id from dispute where external_ref = ?", Long.class, upper);
        assertThat(body(changed).path("disputeId").asLong()).isEqualTo(id);
        assertThat(body(changed).path("detail").asString()).contains(upper, jdbc.queryForObject(
                "select case_number from dispute where id = ?", String.class, id));
        assertThat(jdbc.queryForObject("select description from dispute where id = ?", String.class, id))
                .startsWith("楼上漏水导致天花板发霉");

        String every = prefix + "AZaz09_.-x";
        assertThat(post(order(every), key).statusCode()).isEqualTo(201);
        assertThat(get("/api/v1/work-orders/" + every, key).statusCode()).isEqualTo(200);
        Reply slash = post(order(prefix + "a/b"), key);
        assertThat(slash.statusCode()).isEqualTo(400);
        assertThat(fields(slash)).containsExactly("orderNumber");
    }

    @Test
    void twentyConcurrentRepeatsOfOneOrderMakeOneDispute() throws Exception {
        String body = order(prefix + "race");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Reply>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Callable<Reply> call = () -> {
                    start.await();
                    return post(body, key);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (Future<Reply> f : results) {
                Reply r = f.get();
                statuses.add(r.statusCode());
                numbers.add(body(r).path("caseNumber").asString());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isOne();
            assertThat(numbers).containsOnly(numbers.getFirst());
            assertThat(stored()).isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same order naming its three parties: the caller, the company, and the upstairs owner with an agent. */
    String threeParties(String number, String upstairsId) {
        return order(number).replace("\"urgent\": false", """
                "urgent": false, "parties": [
                  {"role": "APPLICANT", "name": "卫测试", "phone": "13912345678", "address": "湖畔锦华苑3幢201室"},
                  {"role": "RESPONDENT", "organisation": true, "name": "青溪测试物业有限公司", "legalRepresentative": "陈测试",
                   "representativeTitle": "总经理"},
                  {"role": "THIRD_PARTY", "name": "韩测试", "idNumber": "%s", "ethnicity": "汉族",
                   "address": "湖畔锦华苑3幢301室", "agentName": "韩代理", "agentPhone": "13700001111",
                   "agentAuthority": "SPECIAL"}]""".formatted(upstairsId));
    }

    @Test
    void anOrderNamingItsPartiesRegistersEachWithTheirParticularsAndABadOneStoresNothing() throws Exception {
        Reply bad = post(threeParties(prefix + "pb", "110101199001011230"), key);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("parties[2].idNumber");
        assertThat(stored()).isZero();

        Reply created = post(threeParties(prefix + "pp", "110101199003077571"), key);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = jdbc.queryForObject("select id from dispute where external_ref = ?", Long.class, prefix + "pp");
        assertThat(jdbc.queryForList("select role from dispute_party where dispute_id = ? order by id", String.class, id))
                .containsExactly("APPLICANT", "RESPONDENT", "THIRD_PARTY");
        assertThat(jdbc.queryForMap("""
                select agent_name, agent_authority, ethnicity, gender from dispute_party
                where dispute_id = ? and role = 'THIRD_PARTY'""", id))
                .containsEntry("agent_name", "韩代理").containsEntry("agent_authority", "SPECIAL")
                .containsEntry("ethnicity", "汉族").containsEntry("gender", "MALE");
    }

    /**
     * OWASP ASVS 4 V13.1.5 and V5.1.4: a request is read as the API defines it — an unknown field, a key given twice
     * or a value of the wrong JSON type is refused naming the field, never dropped, overwritten or coerced — and
     * V13.2.5, V13.1.3: whatever the method, path, Accept or size, the API answers a problem, never a redirect or a
     * page. Nothing refused is stored.
     */
    @Test
    void looseInputIsRefusedNamingTheFieldAndEveryRefusalIsAProblem() throws Exception {
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("colour", order(prefix + "c").replace("\"urgent\": false", "\"urgent\": false, \"colour\": \"red\""));
        cases.put("orderNumber", order(prefix + "d").replace("{\"orderNumber\"", "{\"orderNumber\": \"" + prefix
                + "d2\", \"orderNumber\""));
        cases.put("orderNumber ", order("x").replace("\"orderNumber\": \"x\"", "\"orderNumber\": 3.7"));
        cases.put("urgent", order(prefix + "b").replace("\"urgent\": false", "\"urgent\": -1"));
        cases.put("urgent ", order(prefix + "e").replace("\"urgent\": false", "\"urgent\": \"\""));
        cases.put("partyCount", order(prefix + "n").replace("\"partyCount\": 1", "\"partyCount\": 1.5"));
        cases.put("callerPhone", order(prefix + "p").replace("\"" + phoneOf(prefix + "p") + "\"", phoneOf(prefix + "p")));
        for (var c : cases.entrySet()) {
            Reply r = post(c.getValue(), key);
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(fields(r)).as(c.getKey()).containsExactly(c.getKey().strip());
        }
        String large = order(prefix + "l").replace("楼上漏水导致天花板发霉", "漏".repeat(400_000));
        Reply tooLarge = post(large, key);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(body(tooLarge).path("detail").asString()).contains("1024 KB");

        Reply trace = raw("TRACE", "/api/v1/work-orders", null, java.util.Map.of("X-Api-Key", key));
        Reply nowhere = raw("GET", "/api/v1/nothing-here", null, java.util.Map.of("X-Api-Key", key));
        Reply html = raw("GET", "/api/v1/work-orders/" + prefix + "none", null, java.util.Map.of("X-Api-Key", key,
                "Accept", "text/html"));
        Reply anonymousHtml = raw("GET", "/api/v1/work-orders/x", null, java.util.Map.of("Accept", "text/html"));
        Reply pathParameter = raw("GET", "/api/v1/work-orders/x;jsessionid=0", null, java.util.Map.of("X-Api-Key", key));
        assertThat(List.of(trace, nowhere, html, anonymousHtml, pathParameter)).extracting(Reply::statusCode)
                .containsExactly(405, 404, 406, 401, 400);
        assertThat(List.of(trace, nowhere, html, anonymousHtml, pathParameter)).allSatisfy(r -> {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.location()).isNull();
        });
        assertThat(stored()).isZero();
    }

    @Test
    void badRequestsAreRefusedWithTheirFieldAndNothingIsStored() throws Exception {
        Reply malformed = post("{\"orderNumber\": \"" + prefix + "x\", ", key);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(body(malformed).path("detail").asString()).startsWith("请求体不是有效的 JSON");

        Reply missing = post("{}", key);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(fields(missing)).containsExactlyInAnyOrder("orderNumber", "callerPhone", "compound", "category",
                "description");
        assertThat(body(missing).path("errors").get(0).path("message").asString()).isEqualTo("请填写工单编号。");

        Reply wrongType = post(order(prefix + "t").replace("\"partyCount\": 1", "\"partyCount\": \"三\""),
                key);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(fields(wrongType)).containsExactly("partyCount");
        assertThat(body(wrongType).path("errors").get(0).path("message").asString()).isEqualTo("类型不正确，应为整数。");
        Reply wrongFlag = post(order(prefix + "f").replace("\"urgent\": false", "\"urgent\": \"也许\""),
                key);
        assertThat(fields(wrongFlag)).containsExactly("urgent");

        Reply oversized = post(order(prefix + "o").replace("楼上漏水导致天花板发霉", "漏".repeat(4001)),
                key);
        assertThat(oversized.statusCode()).isEqualTo(400);
        assertThat(fields(oversized)).containsExactly("description");
        // the refusal says what was sent and what is expected (#28)
        assertThat(body(oversized).path("errors").get(0).path("message").asString())
                .matches("诉求内容有 40\\d\\d 个字，不能超过 4000 个字。");

        Reply unknown = post(order(prefix + "u").replace(compound, "不存在的小区")
                .replace("物业服务质量/维修响应", "外星人入侵"), key);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactlyInAnyOrder("compound", "category");
        assertThat(body(unknown).path("detail").asString()).contains("不存在的小区", "外星人入侵");

        Reply badPhone = post(order(prefix + "p").replace(phoneOf(prefix + "p"), "12345"), key);
        assertThat(fields(badPhone)).containsExactly("callerPhone");

        Reply english = send("POST", "/api/v1/work-orders", "{}", key, "en");
        assertThat(body(english).path("errors").get(0).path("message").asString()).startsWith("Please");
        assertThat(stored()).isZero();
    }

    @Test
    void wrongOrDisabledCredentialsAreRefused() throws Exception {
        Reply none = post(order(prefix + "n"), null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(body(none).path("detail").asString()).contains("X-Api-Key");
        assertThat(post(order(prefix + "w"), key + "x").statusCode()).isEqualTo(401);
        assertThat(post(order(prefix + "w"), "tj_guessed").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/work-orders/" + prefix + "w", "nonsense").statusCode()).isEqualTo(401);

        long client = jdbc.queryForObject("select id from platform_client where key_hash = ?", Long.class,
                org.tiaojie.casework.shared.Digests.sha256(key.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        login("admin");
        platforms.setEnabled(client, jdbc.queryForObject("select version from platform_client where id = ?", Long.class,
                client), false);
        SecurityContextHolder.clearContext();
        assertThat(post(order(prefix + "d"), key).statusCode()).isEqualTo(401);
        assertThat(stored()).isZero();

        login("admin");
        String rotated = platforms.rotate(client, jdbc.queryForObject("select version from platform_client where id = ?",
                Long.class, client)).key();
        platforms.setEnabled(client, jdbc.queryForObject("select version from platform_client where id = ?", Long.class,
                client), true);
        SecurityContextHolder.clearContext();
        assertThat(post(order(prefix + "r"), key).statusCode()).isEqualTo(401);
        assertThat(post(order(prefix + "r"), rotated).statusCode()).isEqualTo(201);
    }

    /**
     * A centre's nightly script sends its platform's export as it came (#28): read by the named mapping, every row's
     * verdict as the screen gives it; a dry run stores nothing; an unknown mapping or a missing file is refused.
     */
    @Test
    void aPlatformsExportImportsThroughTheApiWithTheScreensVerdicts() throws Exception {
        String csv = """
                工单编号,来电时间,来电人,来电号码,联系电话,所属街道,小区,详细地址,诉求大类,诉求小类,诉求内容,紧急程度,办理时限(工作日),派单要求
                %1$s1,2026-08-31 11:21:00,莫测试,193-4845-2703,,西湖街道,%2$s,30栋3单元1028室,物业服务质量,维修响应慢,楼道灯坏了一个月无人修。,紧急,7,请属地街道核实处理并回复来电人
                %1$s2,2026年08月13日 18:11,许测试,18871132255,,东城街道,%2$s,16栋3单元2567室,未知大类,未知小类,地下车库车位只租不售。,一般,15,请属地街道核实处理并回复来电人
                """.formatted(prefix, compound);
        byte[] file = csv.getBytes(java.nio.charset.Charset.forName("GB18030"));
        String mapping = "青溪区12345政务服务便民热线平台（演示）";

        Reply dry = upload(java.util.Map.of("mapping", mapping, "dryRun", "true"), file, "export.csv", key);
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
        assertThat(body(dry).path("platform").asString()).isEqualTo("青溪区12345政务服务便民热线平台（演示）");
        assertThat(body(dry).path("results").get(0).path("status").asString()).isEqualTo("READY");
        assertThat(body(dry).path("results").get(1).path("status").asString()).isEqualTo("REJECTED");
        assertThat(body(dry).path("results").get(1).path("errors").get(0).path("field").asString()).isEqualTo("category");
        assertThat(body(dry).path("results").get(1).path("errors").get(0).path("message").asString()).contains("未知大类/未知小类");
        assertThat(stored()).isZero();

        Reply done = upload(java.util.Map.of("mapping", mapping), file, "export.csv", key);
        assertThat(done.statusCode()).isEqualTo(200);
        JsonNode first = body(done).path("results").get(0);
        assertThat(first.path("status").asString()).isEqualTo("CREATED");
        assertThat(first.path("statusLabel").asString()).isEqualTo("已登记");
        assertThat(first.path("caseNumber").asString()).isEqualTo(jdbc.queryForObject(
                "select case_number from dispute where external_ref = ?", String.class, prefix + "1"));
        assertThat(body(done).path("counts").path("CREATED").asLong()).isOne();
        assertThat(stored()).isOne();
        // registered when the citizen called, with the platform's own limit on the reply
        assertThat(jdbc.queryForObject("select registered_at from dispute where external_ref = ?", java.sql.Timestamp.class,
                prefix + "1").toInstant()).isEqualTo(java.time.LocalDateTime.of(2026, 8, 31, 11, 21)
                        .atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        // the same file again: the verdicts say so, nothing is stored twice
        Reply again = upload(java.util.Map.of(), file, "export.csv", key);
        assertThat(body(again).path("results").get(0).path("status").asString()).isEqualTo("EXISTED");
        assertThat(body(again).path("results").get(0).path("caseNumber").asString()).isEqualTo(first.path("caseNumber").asString());
        assertThat(stored()).isOne();
        // sent again with other words: said as such, nothing stored; then kept on the case as a new call when asked
        byte[] resent = csv.replace("楼道灯坏了一个月无人修。", "楼道灯坏了一个月无人修，电梯也停了。")
                .getBytes(java.nio.charset.Charset.forName("GB18030"));
        Reply told = upload(java.util.Map.of("mapping", mapping), resent, "export.csv", key);
        assertThat(body(told).path("results").get(0).path("status").asString()).isEqualTo("CHANGED");
        assertThat(body(told).path("results").get(0).path("caseNumber").asString()).isEqualTo(first.path("caseNumber").asString());
        assertThat(upload(java.util.Map.of("mapping", mapping, "changed", "sometimes"), resent, "export.csv", key)
                .statusCode()).isEqualTo(400);
        Reply merged = upload(java.util.Map.of("mapping", mapping, "changed", "contact"), resent, "export.csv", key);
        assertThat(body(merged).path("results").get(0).path("status").asString()).isEqualTo("MERGED");
        assertThat(jdbc.queryForObject("select contact_count from dispute where external_ref = ?", Integer.class,
                prefix + "1")).isOne();
        assertThat(stored()).isOne();

        Reply unknownMapping = upload(java.util.Map.of("mapping", "nope"), file, "export.csv", key);
        assertThat(unknownMapping.statusCode()).isEqualTo(400);
        assertThat(body(unknownMapping).path("detail").asString()).contains("nope");
        Reply noFile = upload(java.util.Map.of(), null, null, key);
        assertThat(noFile.statusCode()).isEqualTo(400);
        // a file over the row limit is refused whole, before any of its rows is stored
        StringBuilder tooMany = new StringBuilder(csv.lines().findFirst().orElseThrow()).append("\r\n");
        String row = csv.lines().skip(1).findFirst().orElseThrow();
        for (int i = 0; i <= 20_000; i++) {
            tooMany.append(row.replace(prefix + "1,", prefix + "M" + i + ",")).append("\r\n");
        }
        Reply over = upload(java.util.Map.of("mapping", mapping), tooMany.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "big.csv", key);
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(body(over).path("detail").asString()).isEqualTo("一次最多导入 20,000 行，请拆分文件。");
        assertThat(jdbc.queryForObject("select count(*) from dispute where external_ref like ?", Long.class,
                prefix + "M%")).isZero();
        Reply noKey = upload(java.util.Map.of(), file, "export.csv", "wrong");
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(stored()).isOne();
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        Reply docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = body(docs);
        assertThat(api.path("paths").has("/api/v1/work-orders")).isTrue();
        assertThat(api.path("paths").has("/api/v1/work-orders/{orderNumber}")).isTrue();
        assertThat(api.path("components").path("securitySchemes").path("platformKey").path("name").asString())
                .isEqualTo("X-Api-Key");
        assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }
}
