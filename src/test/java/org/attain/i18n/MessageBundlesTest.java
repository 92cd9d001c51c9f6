package org.attain.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every visible text exists in both languages, and the fallback bundle is the Chinese one. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chinese_and_english_have_the_same_keys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages_zh_CN.properties").stringPropertyNames());
    }

    @Test
    void no_bundle_defines_a_key_twice() throws IOException {
        for (String name : java.util.List.of("messages.properties", "messages_zh_CN.properties", "messages_en.properties")) {
            try (var in = getClass().getResourceAsStream("/" + name)) {
                java.util.List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> l.contains("=") && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('=')).strip())
                        .toList();
                assertThat(keys).as(name).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void the_default_bundle_is_the_chinese_one() throws IOException {
        assertThat(load("messages.properties")).isEqualTo(load("messages_zh_CN.properties"));
    }

    @Test
    void translations_resolve_with_parameters_in_both_languages() {
        assertThat(MessagesI18NProvider.Messages.get("dashboard.heading", Locale.SIMPLIFIED_CHINESE, 2025, "1-6月"))
                .isEqualTo("2025年度 · 1-6月绩效运行监控");
        assertThat(MessagesI18NProvider.Messages.get("dashboard.heading", Locale.ENGLISH, 2025, "Jan–Jun"))
                .isEqualTo("2025 · monitoring Jan–Jun");
        assertThat(MessagesI18NProvider.Messages.get("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }
}
