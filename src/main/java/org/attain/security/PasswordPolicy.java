package org.attain.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password rules for every account, the first administrator included: at least {@value #MIN_LENGTH} characters,
 * not one of the common passwords shipped in {@code common-passwords.txt} (case does not matter), and not containing
 * the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    /** Why a password is refused; each is a message key of its own. */
    public enum Refusal {
        TOO_SHORT("password.refused.short"),
        COMMON("password.refused.common"),
        CONTAINS_NAME("password.refused.name");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private PasswordPolicy() {}

    public static Optional<Refusal> check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        String folded = fold(password);
        if (Common.PASSWORDS.contains(folded) || Common.PASSWORDS.contains(folded.strip())) {
            return Optional.of(Refusal.COMMON);
        }
        String name = username == null ? "" : fold(username).strip();
        if (!name.isEmpty() && folded.contains(name)) {
            return Optional.of(Refusal.CONTAINS_NAME);
        }
        return Optional.empty();
    }

    /** Throws the refusal as an {@link AccountRefusal}, for the services. */
    static void require(String username, String password) {
        check(username, password).ifPresent(r -> {
            throw new AccountRefusal(r.key(), MIN_LENGTH);
        });
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Loaded once, on first use. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            Set<String> set = new HashSet<>(16_384);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("common-passwords.txt is missing from the application");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        set.add(fold(line.strip()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(set);
        }
    }
}
