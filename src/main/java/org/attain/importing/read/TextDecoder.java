package org.attain.importing.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.attain.importing.InputLimits;
import org.jspecify.annotations.Nullable;

/**
 * The characters of a text file. A byte order mark decides (UTF-8, UTF-16 LE or BE); without one, a text that is
 * valid UTF-8 is UTF-8, one that is valid GB18030 (which includes GBK and GB2312) is that; UTF-16 without a mark is
 * recognised by its zero bytes. A text cut inside its last character, or with a few damaged bytes, is read with the
 * damaged characters replaced and counted; anything else is no text.
 */
final class TextDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");
    /** Damaged characters tolerated, per thousand characters read. */
    private static final int REPAIRS_PER_MILLE = 2;

    /** The text and how many damaged characters were replaced. */
    record Decoded(String text, String charset, int repaired) {}

    private TextDecoder() {}

    static Decoded decode(String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportException(source, ImportProblem.of(0, "import.text.empty"));
        }
        if (bytes.length > InputLimits.MAX_BYTES) {
            throw new ImportException(source, InputLimits.tooLarge(bytes.length));
        }
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return checked(source, lenient(bytes, skip, bom));
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return checked(source, lenient(bytes, 0, utf16));
        }
        String strict = strict(bytes, StandardCharsets.UTF_8);
        if (strict != null) {
            return checked(source, new Decoded(strict, "UTF-8", 0));
        }
        Decoded utf8 = lenient(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.repaired() <= 1) {
            // UTF-8 cut inside its last character, or with one damaged character: still UTF-8
            return checked(source, utf8);
        }
        String gb = strict(bytes, GB18030);
        if (gb != null) {
            return checked(source, new Decoded(gb, "GB18030", 0));
        }
        Decoded gbLenient = lenient(bytes, 0, GB18030);
        return checked(source, utf8.repaired() <= gbLenient.repaired() ? utf8 : gbLenient);
    }

    private static Decoded checked(String source, Decoded decoded) {
        int length = Math.max(1, decoded.text().length());
        if (decoded.repaired() * 1000L > (long) length * REPAIRS_PER_MILLE + 1000 || looksBinary(decoded.text())) {
            throw new ImportException(source, ImportProblem.of(0, "import.text.notText"));
        }
        return decoded;
    }

    private static @Nullable Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** UTF-16 without a mark: most ASCII characters leave a zero byte on the same side of each pair. */
    private static @Nullable Charset utf16WithoutMark(byte[] b) {
        int pairs = Math.min(b.length / 2, 4096);
        if (pairs < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i] == 0) {
                evenZeros++;
            }
            if (b[2 * i + 1] == 0) {
                oddZeros++;
            }
        }
        if (oddZeros > pairs / 4 && evenZeros < pairs / 50) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs / 4 && oddZeros < pairs / 50) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static @Nullable String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded lenient(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD");
        CharBuffer chars;
        try {
            chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
        String text = chars.toString();
        int written = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                written++;
            }
        }
        // a replacement character in the file itself is no damage: count only what decoding replaced
        int inFile = countReplacementCharactersWritten(bytes, skip, charset);
        return new Decoded(text.replace("\uFFFD", ""), charset.name(), Math.max(0, written - inFile));
    }

    private static int countReplacementCharactersWritten(byte[] bytes, int skip, Charset charset) {
        byte[] mark = "\uFFFD".getBytes(charset);
        int count = 0;
        outer:
        for (int i = skip; i + mark.length <= bytes.length; i++) {
            for (int k = 0; k < mark.length; k++) {
                if (bytes[i + k] != mark[k]) {
                    continue outer;
                }
            }
            count++;
        }
        return count;
    }

    private static boolean looksBinary(String text) {
        int control = 0;
        int sample = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > sample / 100 + 1;
    }
}
