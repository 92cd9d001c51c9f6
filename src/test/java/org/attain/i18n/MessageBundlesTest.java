package org.attain.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attain.assessment.Grade;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.attain.status.DeviationReason;
import org.attain.status.Light;
import org.attain.status.Likelihood;
import org.attain.status.QualitativeLevel;
import org.attain.targets.Direction;
import org.junit.jupiter.api.Test;

/**
 * Every visible text exists in both languages, and the fallback bundle is the Chinese one; every key the code names
 * (a literal such as {@code getTranslation("entry.save")} or {@code Message.of("status.met", …)}) and every label of
 * an enum shown to people is in the bundles.
 */
class MessageBundlesTest {

    /** A string literal shaped like a message key: {@code entry.refused.tooLong}. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    /** The refusals of a reporting round name their key without its prefix. */
    private static final Pattern ROUND_REFUSAL = Pattern.compile("new RoundRefusal\\(\"(\\w+)\"");
    /** Literals shaped like keys that are not messages: the entries of the database's secrets file. */
    private static final Set<String> NOT_MESSAGES = Set.of("app.user", "app.password");

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
                .containsExactlyInAnyOrderElementsOf(
                        load("messages_zh_CN.properties").stringPropertyNames());
    }

    @Test
    void no_bundle_defines_a_key_twice() throws IOException {
        for (String name :
                java.util.List.of("messages.properties", "messages_zh_CN.properties", "messages_en.properties")) {
            try (var in = getClass().getResourceAsStream("/" + name)) {
                java.util.List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(l -> l.contains("=") && !l.startsWith("#"))
                        .map(l -> l.substring(0, l.indexOf('=')).strip())
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
        assertThat(MessagesI18NProvider.Messages.get("no.such.key", Locale.ENGLISH))
                .isEqualTo("!no.such.key");
    }

    @Test
    void every_key_named_in_the_code_is_in_both_bundles() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        Set<String> prefixes = new TreeSet<>();
        zh.stringPropertyNames()
                .forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        List<String> missing = new ArrayList<>();
        int named = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                for (String key : keysIn(code, prefixes)) {
                    named++;
                    boolean prefixOfKeys = zh.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
                    if (!prefixOfKeys && (!zh.containsKey(key) || !en.containsKey(key))) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(named).as("keys found in the code").isGreaterThan(300);
        assertThat(missing).isEmpty();
    }

    @Test
    void a_key_missing_from_a_bundle_is_found_in_the_code() {
        Set<String> prefixes = Set.of("entry", "round");
        assertThat(keysIn(
                        "getTranslation(\"entry.save\"); Message.of(\"entry.nope\", 1); x.get(\"attain.data-dir\");"
                                + " throw new RoundRefusal(\"exists\", at);",
                        prefixes))
                .containsExactlyInAnyOrder("entry.save", "entry.nope", "round.refused.exists");
    }

    @Test
    void every_label_shown_for_an_enum_or_a_checkpoint_is_in_both_languages() {
        List<Enum<?>> values = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(
                Light.class,
                Likelihood.class,
                DeviationReason.class,
                QualitativeLevel.class,
                Grade.class,
                Role.class,
                Direction.class)) {
            values.addAll(List.of(type.getEnumConstants()));
        }
        for (Texts texts : List.of(Texts.chinese(), Texts.english())) {
            for (Enum<?> value : values) {
                assertThat(texts.text(value)).as(Message.keyOf(value)).doesNotStartWith("!");
            }
            for (int month = 1; month <= 12; month++) {
                assertThat(texts.text(new Checkpoint(2025, month))).doesNotStartWith("!");
            }
        }
        assertThat(Texts.chinese().text(new Checkpoint(2025, 6))).isEqualTo("1-6月");
        assertThat(Texts.english().text(new Checkpoint(2025, 6))).isEqualTo("Jan–Jun");
        assertThat(Texts.english().text(Likelihood.IMPOSSIBLE)).isEqualTo("impossible");
    }

    @Test
    void messages_render_their_arguments_in_the_same_language() {
        Message m = Message.of("entry.refused.reasonsAtRisk", Likelihood.POSSIBLE);
        assertThat(Texts.chinese().render(m)).isEqualTo("完成目标可能性为“有可能”时必须填写偏差原因");
        assertThat(Texts.english().render(m))
                .isEqualTo("Deviation reasons are required when the likelihood is “possible”");
        assertThat(Texts.english().render(Message.of("entry.missing", 2, List.of("甲", "乙"))))
                .contains("甲, 乙");
        assertThat(Texts.chinese().render(Message.of("entry.missing", 2, List.of("甲", "乙"))))
                .contains("甲、乙");
        assertThat(Texts.english().get("entry.missing", 1, "甲")).isEqualTo("1 indicator not reported yet: 甲");
        assertThat(Texts.english().get("entry.missing", 2, "甲")).isEqualTo("2 indicators not reported yet: 甲");
        assertThat(new MessageException("entry.refused.locked", new Checkpoint(2025, 6)).getMessage())
                .isEqualTo("Checkpoint Jan–Jun is locked and cannot be changed");
    }

    /** The message keys a piece of code names: literals shaped like keys under a prefix of the bundles. */
    private static Set<String> keysIn(String code, Set<String> prefixes) {
        Set<String> keys = new TreeSet<>();
        Matcher m = KEY_LITERAL.matcher(code);
        while (m.find()) {
            String key = m.group(1);
            if (prefixes.contains(key.substring(0, key.indexOf('.'))) && !NOT_MESSAGES.contains(key)) {
                keys.add(key);
            }
        }
        Matcher round = ROUND_REFUSAL.matcher(code);
        while (round.find()) {
            keys.add("round.refused." + round.group(1));
        }
        return keys;
    }
}
