package vn.phoihop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The error dispatch renders Vietnamese pages for the browser and problem details for the API, never a trace. */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesTests {

    @Autowired MockMvc mvc;

    @Test
    void aServerErrorIsAVietnamesePageWithoutStackTrace() throws Exception {
        MockHttpServletResponse response = error(500, "/admin/users", new IllegalStateException("boom"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("Lỗi hệ thống").contains("Thao tác chưa được thực hiện")
                .doesNotContain("boom").doesNotContain("IllegalStateException");
    }

    @Test
    void otherStatusesGetTheGenericProblemPage() throws Exception {
        MockHttpServletResponse response = error(405, "/admin/users", null);
        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getContentAsString()).contains("Phương thức không được hỗ trợ");
    }

    @Test
    void anApiErrorIsAProblemDetail() throws Exception {
        MockHttpServletResponse response = error(500, "/api/v1/me", new IllegalStateException("boom"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":500").contains("Hệ thống gặp lỗi ngoài dự kiến")
                .doesNotContain("boom");
    }

    private MockHttpServletResponse error(int status, String uri, Throwable exception) throws Exception {
        var request = get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri).with(user("canbo.tw"));
        if (exception != null) {
            request.requestAttr(RequestDispatcher.ERROR_EXCEPTION, exception);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
