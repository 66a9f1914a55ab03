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
}
