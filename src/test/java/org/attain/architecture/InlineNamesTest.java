package org.attain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Types are imported, not written out in full inside the code ({@code java.util.List},
 * {@code org.attain.security.CurrentUser}); a full name stays only where its simple name would clash with a type of
 * the file's own package, one it declares or one it imports.
 */
class InlineNamesTest {

    private static final Pattern FULL_NAME = Pattern.compile(
            "(?<![\\w.])((?:java|javax|jakarta|org|com)\\.(?:[a-z_][a-z0-9_]*\\.)+)(?:@[A-Za-z_]\\w*\\s+)?([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+)\\.(\\w+);");
    private static final Pattern DECLARED = Pattern.compile(
            "\\b(?:class|interface|enum|record|@interface)\\s+([A-Z]\\w*)|<([A-Z]\\w*)\\s*(?:extends|>|,)");
    private static final Pattern COMMENTS_AND_TEXT =
            Pattern.compile("(?s)//[^\\n]*|/\\*.*?\\*/|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'");
    private static final Set<String> JAVA_LANG = Set.of("Object", "String", "Record", "Enum", "Override", "Process");

    @Test
    void code_imports_its_types_instead_of_writing_full_names() throws IOException {
        List<String> inline = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                inline.addAll(fullNames(file));
            }
        }
        assertThat(inline).isEmpty();
    }

    private static List<String> fullNames(Path file) throws IOException {
        String source = Files.readString(file);
        Map<String, String> imported = new HashMap<>();
        Matcher i = IMPORT.matcher(source);
        int body = 0;
        while (i.find()) {
            imported.put(i.group(2), i.group(1) + "." + i.group(2));
            body = i.end();
        }
        Set<String> clashing = new HashSet<>(JAVA_LANG);
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".java"))
                    .forEach(n -> clashing.add(n.substring(0, n.length() - 5)));
        }
        Matcher d = DECLARED.matcher(source);
        while (d.find()) {
            clashing.add(d.group(1) != null ? d.group(1) : d.group(2));
        }
        String code = COMMENTS_AND_TEXT.matcher(source.substring(body)).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher m = FULL_NAME.matcher(code);
        while (m.find()) {
            String simple = m.group(2);
            String full = m.group(1) + simple;
            boolean clash = clashing.contains(simple)
                    || imported.containsKey(simple) && !imported.get(simple).equals(full);
            if (!clash) {
                found.add(file + ": " + full);
            }
        }
        return found;
    }
}
