package org.tiaojie.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
import org.tiaojie.web.base.TiaojieI18NProvider;

/** The API's answer when the database fails: 503 with a reason and Retry-After, never a bare 500. */
class ApiFaultsTest {

    private final ApiErrors errors = new ApiErrors(new TiaojieI18NProvider(), 1_048_576L, 50);

    @Test
    void aStoppedDatabaseAnswers503WithRetryAfter() {
        var reply = errors.unexpected(new CannotCreateTransactionException("no connection",
                new SQLNonTransientConnectionException("socket closed", "08000")), new MockHttpServletRequest());
        assertThat(reply.getStatusCode().value()).isEqualTo(503);
        assertThat(reply.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(reply.getBody().getDetail()).startsWith("数据库暂时无法连接");
    }

    @Test
    void aFullDiskAnswers503AndSaysSo() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en");
        var reply = errors.unexpected(new org.springframework.dao.DataAccessResourceFailureException("insert",
                new SQLException("The table case_attachment_data is full", "HY000", 1114)), request);
        assertThat(reply.getStatusCode().value()).isEqualTo(503);
        assertThat(reply.getBody().getDetail()).startsWith("The server's storage is full");
    }

    @Test
    void anythingElseIsStillAServerErrorWithAReference() {
        var reply = errors.unexpected(new IllegalStateException("bug"), new MockHttpServletRequest());
        assertThat(reply.getStatusCode().value()).isEqualTo(500);
        assertThat(reply.getBody().getDetail()).contains("参考号");
    }
}
