package org.attain.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.MultipartConfigElement;
import org.attain.AttainSpringTest;
import org.attain.importing.InputLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletRegistrationBean;
import org.springframework.context.ApplicationContext;

/**
 * The servlet that receives uploads takes files as large as the import pages offer (20 MB): Spring's multipart
 * default of 1 MB answered a 2 MB upload with HTTP 413 before the page could say anything.
 */
@AttainSpringTest
class UploadLimitsTest {

    @Autowired
    ApplicationContext context;

    @Test
    void the_servlet_that_parses_uploads_accepts_files_up_to_the_limit_the_pages_offer() {
        // Vaadin mapped at the root is reached through Spring's DispatcherServlet, which parses multipart requests
        MultipartConfigElement multipart =
                context.getBean(DispatcherServletRegistrationBean.class).getMultipartConfig();
        assertThat(multipart).isNotNull();
        assertThat(multipart.getMaxFileSize()).isGreaterThanOrEqualTo(InputLimits.MAX_BYTES);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(InputLimits.MAX_BYTES);
        // and the Vaadin servlet itself sets no smaller limit
        context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .filter(r -> r.getServlet() instanceof SpringServlet && r.getMultipartConfig() != null)
                .forEach(r -> assertThat(r.getMultipartConfig().getMaxFileSize())
                        .satisfiesAnyOf(size -> assertThat(size).isNegative(), size -> assertThat(size)
                                .isGreaterThanOrEqualTo(InputLimits.MAX_BYTES)));
    }
}
