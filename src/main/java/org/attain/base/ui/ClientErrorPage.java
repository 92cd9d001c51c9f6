package org.attain.base.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.attain.i18n.LocaleInitializer;
import org.attain.i18n.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * The page of an address that is no page, or not for the user's role, when the request never reaches Vaadin (the
 * security filter refuses it first): the same sentence and way back as {@link NotFoundPage}, in the language chosen
 * in the session, never a framework's "Could not navigate" or a page in two languages.
 */
@Component
class ClientErrorPage implements ErrorViewResolver, Ordered {

    @Override
    public @Nullable ModelAndView resolveErrorView(
            HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (!status.is4xxClientError()) {
            return null;
        }
        HttpSession session = request.getSession(false);
        Texts t = Texts.of(
                LocaleInitializer.chosen(session == null ? null : session.getAttribute(LocaleInitializer.SESSION_KEY)));
        String html = html(t, String.valueOf(model.getOrDefault("path", "")));
        ModelAndView view = new ModelAndView(new Html(html));
        view.setStatus(status);
        return view;
    }

    static String html(Texts t, String path) {
        String title = HtmlUtils.htmlEscape(t.get("notFound.title"));
        return "<!DOCTYPE html>\n<html lang=\"" + t.locale().toLanguageTag() + "\">\n<head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Attain · " + title
                + "</title>\n<link rel=\"icon\" href=\"/icons/attain.svg\" type=\"image/svg+xml\">\n<style>body{font-family:system-ui,\"Noto Sans SC\",sans-serif;margin:15vh auto;"
                + "max-width:36rem;padding:0 1rem;color:#1a2433}h1{font-size:1.5rem}p{line-height:1.6}"
                + "a{color:#0a5fd6}</style></head>\n<body>\n<h1>" + title + "</h1>\n<p>"
                + HtmlUtils.htmlEscape(t.get("notFound.text", "\u0000"))
                        .replace("\u0000", "<code translate=\"no\">" + HtmlUtils.htmlEscape(path) + "</code>")
                + "</p>\n<p><a href=\"/\">"
                + HtmlUtils.htmlEscape(t.get("notFound.back")) + "</a></p>\n</body>\n</html>\n";
    }

    /** Before Spring Boot's resolver, which would serve a static page in one language. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private record Html(String text) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            response.setContentType(getContentType());
            response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
