package org.attain.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A user name as the database compares it ({@code utf8mb4_unicode_ci}): case, accents, compatibility forms
 * (full-width letters) and surrounding spaces do not count, so {@code Owner2}, {@code OWNER2}, {@code ownér2} and
 * {@code "owner2 "} are one name.
 */
final class LoginName {

    /** Longer names are cut (no account has more than 64 characters; the audit column has 100). */
    static final int MAX = 64;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private LoginName() {}

    static String normalise(String typed) {
        String decomposed = Normalizer.normalize(typed, Normalizer.Form.NFKD);
        String plain = COMBINING_MARKS
                .matcher(decomposed)
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .strip();
        return plain.length() > MAX ? plain.substring(0, MAX) : plain;
    }
}
