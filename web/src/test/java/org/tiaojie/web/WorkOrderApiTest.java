package org.tiaojie.web;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The work-order API on the embedded default database, through the whole filter chain by
 * MockMvc in the context the other view tests share (a second, port-bound context in the same
 * JVM would leave them Vaadin's security context of another application).
 */
@TiaojieSpringTest
class WorkOrderApiTest extends WorkOrderApiScenarios {

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        // the envelope is a servlet filter of its own, which MockMvc adds only when asked
        var envelope = (org.springframework.boot.web.servlet.FilterRegistrationBean<?>) context.getBean("apiEnvelope");
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilter(envelope.getFilter(), "/api/*")
                .apply(springSecurity()).build();
    }

    @Override
    Reply send(String method, String path, String body, String withKey, String language) throws Exception {
        MockHttpServletRequestBuilder request = method.equals("POST") ? MockMvcRequestBuilders.post(path)
                : MockMvcRequestBuilders.get(path);
        if (body != null) {
            request.contentType("application/json").content(body.getBytes(StandardCharsets.UTF_8));
        }
        if (withKey != null) {
            request.header("X-Api-Key", withKey);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return new Reply(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                response.getContentType() == null ? "" : response.getContentType(), response.getHeader("Location"));
    }

    @Override
    Reply raw(String method, String path, String body, java.util.Map<String, String> headers) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(
                org.springframework.http.HttpMethod.valueOf(method), path);
        if (body != null) {
            request.contentType("application/json").content(body.getBytes(StandardCharsets.UTF_8));
        }
        headers.forEach(request::header);
        var response = mvc.perform(request).andReturn().getResponse();
        return new Reply(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                response.getContentType() == null ? "" : response.getContentType(), response.getHeader("Location"));
    }

    /**
     * OWASP ASVS 4 V11.1.4: wrong API keys are counted per client address; past the allowance the address is answered
     * 429 with Retry-After before any key is looked at, a right key included, while other addresses go on.
     */
    @org.junit.jupiter.api.Test
    void anAddressGuessingKeysIsAnswered429WithRetryAfter() throws Exception {
        String address = "10.26.1." + (1 + Math.floorMod(System.nanoTime(), 250));
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 22; i++) {
            statuses.add(mvc.perform(MockMvcRequestBuilders.get("/api/v1/work-orders/x").header("X-Api-Key", "tj_guess-" + i)
                    .with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    })).andReturn().getResponse().getStatus());
        }
        org.assertj.core.api.Assertions.assertThat(statuses.subList(0, 20)).containsOnly(401);
        org.assertj.core.api.Assertions.assertThat(statuses.subList(20, 22)).containsOnly(429);
        var blocked = mvc.perform(MockMvcRequestBuilders.get("/api/v1/work-orders/x").header("X-Api-Key", key)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn().getResponse();
        org.assertj.core.api.Assertions.assertThat(blocked.getStatus()).isEqualTo(429);
        org.assertj.core.api.Assertions.assertThat(Long.parseLong(blocked.getHeader("Retry-After"))).isPositive();
        org.assertj.core.api.Assertions.assertThat(blocked.getContentType()).startsWith("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(get("/api/v1/work-orders/" + prefix + "none", key).statusCode())
                .as("another address").isEqualTo(404);
    }

    @Override
    Reply upload(java.util.Map<String, String> params, byte[] file, String fileName, String withKey) throws Exception {
        var request = MockMvcRequestBuilders.multipart("/api/v1/work-orders/imports");
        params.forEach((k, v) -> request.param(k, v));
        if (file != null) {
            request.file(new org.springframework.mock.web.MockMultipartFile("file", fileName, "text/csv", file));
        }
        request.header("X-Api-Key", withKey);
        var response = mvc.perform(request).andReturn().getResponse();
        return new Reply(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                response.getContentType() == null ? "" : response.getContentType(), null);
    }
}
