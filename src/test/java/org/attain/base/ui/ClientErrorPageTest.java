package org.attain.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.attain.i18n.LocaleInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** An address Vaadin never sees gets the friendly page in the session's language, never a page in two languages. */
class ClientErrorPageTest {

    private final ClientErrorPage pages = new ClientErrorPage();

    private String render(MockHttpServletRequest request, HttpStatus status) throws Exception {
        ModelAndView view = pages.resolveErrorView(request, status, Map.of("path", "/no<such>page"));
        assertThat(view).isNotNull();
        assertThat(view.getStatus()).isEqualTo(status);
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.getView().render(Map.of(), request, response);
        assertThat(response.getContentType()).startsWith("text/html");
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void chinese_unless_english_was_chosen_and_the_address_is_escaped() throws Exception {
        String chinese = render(new MockHttpServletRequest(), HttpStatus.FORBIDDEN);
        assertThat(chinese)
                .contains("<html lang=\"zh-CN\">", "<h1>页面不存在或无权访问</h1>", "/no&lt;such&gt;page", "返回项目总览")
                .doesNotContain("No such page", "<such>");
        MockHttpServletRequest english = new MockHttpServletRequest();
        english.getSession(true).setAttribute(LocaleInitializer.SESSION_KEY, Locale.ENGLISH);
        assertThat(render(english, HttpStatus.NOT_FOUND))
                .contains("<html lang=\"en\">", "No such page, or not for your role", "Back to the portfolio")
                .doesNotContain("页面");
    }

    @Test
    void a_server_error_is_left_to_the_default_page() {
        assertThat(pages.resolveErrorView(new MockHttpServletRequest(), HttpStatus.INTERNAL_SERVER_ERROR, Map.of()))
                .isNull();
    }
}
