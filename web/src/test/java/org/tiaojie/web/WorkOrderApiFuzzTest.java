package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.platform.PlatformClientService;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work-order API against generated input (jqwik's generators): random JSON with the API's
 * field names and values of every type and size, mutations of a valid order, random bytes,
 * oversized bodies and wrong content types. Never a server error; a refusal stores nothing; every
 * created dispute is one the API answered 201 for.
 */
@TiaojieSpringTest
class WorkOrderApiFuzzTest {

    static final List<String> FIELDS = List.of("orderNumber", "callerName", "callerPhone", "compound", "community",
            "category", "description", "partyCount", "amount", "urgent", "leaderInstruction", "publicOpinion");
    static final long SEED = 20261201L;

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformClientService platforms;
    @Autowired
    AccountService accounts;

    final JsonMapper json = JsonMapper.builder().build();
    MockMvc mvc;
    String key;
    String compound;
    final Map<Integer, Integer> statuses = new TreeMap<>();
    int created;

    @BeforeEach
    void platform() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var admin = Logins.as(accounts, "admin");
        key = platforms.create("fuzz-" + Long.toString(System.nanoTime(), 36), "模糊测试平台",
                jdbc.queryForObject("select organisation_id from app_user where username = 'huawu'", Long.class)).key();
        SecurityContextHolder.clearContext();
        compound = org.tiaojie.web.intake.FuzzCompounds.fresh(jdbc);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** Any JSON value: text of any script and size (control characters, HTML, emoji), numbers, flags, nesting. */
    static Arbitrary<Object> value(int depth) {
        Arbitrary<Object> text = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25),
                Arbitraries.of("<script>alert(1)</script>", "'; drop table dispute; --", "=cmd|' /C calc'!A0",
                        "\u0000", "\ud83d\ude00\ud83c\udfe0", " ", "", "null", "物业服务质量/维修响应"),
                Arbitraries.strings().ofMinLength(4_001).ofMaxLength(20_000)).map(s -> (Object) s);
        Arbitrary<Object> number = Arbitraries.oneOf(Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(Long.MAX_VALUE, -1, 0, 1e308, Double.MIN_VALUE).map(n -> (Object) n));
        Arbitrary<Object> flag = Arbitraries.of(true, false).map(b -> (Object) b);
        Arbitrary<Object> nothing = Arbitraries.just(null);
        if (depth <= 0) {
            return Arbitraries.oneOf(text, number, flag, nothing);
        }
        Arbitrary<Object> list = value(depth - 1).list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> object = Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(8), value(depth - 1))
                .ofMaxSize(4).map(m -> (Object) m);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, text), net.jqwik.api.Tuple.of(3, number),
                net.jqwik.api.Tuple.of(2, flag), net.jqwik.api.Tuple.of(1, nothing), net.jqwik.api.Tuple.of(1, list),
                net.jqwik.api.Tuple.of(1, object));
    }

    /** An object with some of the API's fields (and some unknown ones), each with any value. */
    static Arbitrary<Map<String, Object>> randomOrder() {
        return Arbitraries.subsetOf(FIELDS).flatMap(fields -> {
            List<Arbitrary<Object>> values = fields.stream().map(f -> value(1)).toList();
            return Combinators.combine(values).as(vals -> {
                Map<String, Object> order = new LinkedHashMap<>();
                int i = 0;
                for (String f : fields) {
                    order.put(f, vals.get(i++));
                }
                return order;
            });
        });
    }

    Map<String, Object> valid(String number) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("orderNumber", number);
        order.put("callerName", "模糊测试");
        order.put("callerPhone", "13912345678");
        order.put("compound", compound);
        order.put("category", "物业服务质量/维修响应");
        order.put("description", "楼上漏水导致天花板发霉");
        order.put("partyCount", 1);
        order.put("urgent", false);
        return order;
    }

    /** The orders stored: as disputes, or kept on one as further calls of the same matter (并单, issue #27). */
    private long disputes() {
        return jdbc.queryForObject("select (select count(*) from dispute) + (select count(*) from dispute_contact)",
                Long.class);
    }

    private int post(byte[] body, String contentType) throws Exception {
        var request = MockMvcRequestBuilders.post("/api/v1/work-orders").header("X-Api-Key", key).content(body);
        if (contentType != null) {
            request.contentType(contentType);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        statuses.merge(status, 1, Integer::sum);
        assertThat(status).as("status for %s", new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8))
                .isLessThan(500);
        if (status >= 400) {
            assertThat(response.getContentType()).as("content type of %d %s", status,
                    response.getContentAsString(StandardCharsets.UTF_8)).isNotNull().startsWith("application/problem+json");
        }
        if (status == 201) {
            created++;
        }
        return status;
    }

    @Test
    void generatedRequestsNeverCauseAServerErrorAndRefusalsStoreNothing() throws Exception {
        long before = disputes();
        int tried = 0;
        // 1. random objects with the API's field names
        for (Map<String, Object> order : randomOrder().sampleStream().limit(400).toList()) {
            post(json.writeValueAsBytes(order), "application/json");
            tried++;
        }
        // 2. a valid order with one field replaced by a random value or removed
        Random random = new Random(SEED);
        List<Object> odd = value(1).sampleStream().limit(300).toList();
        for (Object v : odd) {
            Map<String, Object> order = valid("FUZZ-" + Long.toString(System.nanoTime(), 36));
            String field = FIELDS.get(random.nextInt(FIELDS.size()));
            if (random.nextInt(5) == 0) {
                order.remove(field);
            } else {
                order.put(field, v);
            }
            post(json.writeValueAsBytes(order), "application/json");
            tried++;
        }
        // 3. random bytes, truncated JSON, a body of 2 MB, other content types
        for (byte[] bytes : Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000).sampleStream().limit(100).toList()) {
            assertThat(post(bytes, "application/json")).isEqualTo(400);
            tried++;
        }
        byte[] whole = json.writeValueAsBytes(valid("FUZZ-CUT"));
        for (int cut = 1; cut < whole.length; cut += 7) {
            assertThat(post(java.util.Arrays.copyOf(whole, cut), "application/json")).isEqualTo(400);
            tried++;
        }
        Map<String, Object> huge = valid("FUZZ-HUGE");
        huge.put("description", "漏".repeat(1_000_000));
        assertThat(post(json.writeValueAsBytes(huge), "application/json")).isIn(400, 413);
        assertThat(post(whole, "text/plain")).isEqualTo(415);
        assertThat(post(whole, "application/xml")).isEqualTo(415);
        assertThat(post(whole, null)).isEqualTo(415);
        tried += 4;

        System.out.printf("work-order API fuzz: %d requests, statuses %s, %d created%n", tried, statuses, created);
        assertThat(disputes()).as("orders stored (cases and merged calls) = 201 answers").isEqualTo(before + created);
        assertThat(statuses).doesNotContainKeys(500, 502, 503);
    }
}
