package vn.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/**
 * Properties of the Vietnamese text rules that search and storage rely on, checked over seeded random strings
 * (JUnit only; a failure names the seed and the input so it can be replayed with {@code -Dtexts.seed=...}).
 */
class TextsPropertyTests {

    private static final int TRIES = 2_000;

    /** Vietnamese letters in both forms, combining marks alone, ASCII, spaces, and a few odd code points. */
    private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
            + "ĐẮẰẲẴẶ \t  -_.,0123456789\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b\u00df\u212b\u1e9e";

    @Test
    void foldingIsIdempotent() {
        forRandomTexts(text -> assertThat(Texts.fold(Texts.fold(text))).isEqualTo(Texts.fold(text)));
    }

    @Test
    void foldingIgnoresTheUnicodeForm() {
        forRandomTexts(text -> assertThat(Texts.fold(Normalizer.normalize(text, Normalizer.Form.NFD)))
                .isEqualTo(Texts.fold(Normalizer.normalize(text, Normalizer.Form.NFC))));
    }

    @Test
    void nfcIsStableAndNormalised() {
        forRandomTexts(text -> {
            String nfc = Texts.nfc(text);
            assertThat(Normalizer.isNormalized(nfc, Normalizer.Form.NFC)).isTrue();
            assertThat(Texts.nfc(nfc)).isEqualTo(nfc);
        });
    }

    @Test
    void vietnameseNamesFoldToPlainLowerCase() {
        assertThat(Texts.fold("Bắc Giang")).isEqualTo("bac giang");
        assertThat(Texts.fold("ĐẢNG ỦY Công an  Trung ương")).isEqualTo("dang uy cong an trung uong");
        assertThat(Texts.fold("Thừa Thiên Huế")).isEqualTo("thua thien hue");
        assertThat(Texts.fold(Normalizer.normalize("Đắk Lắk", Normalizer.Form.NFD))).isEqualTo("dak lak");
    }

    private static void forRandomTexts(Consumer<String> property) {
        long seed = Long.getLong("texts.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            String text = randomText(random);
            try {
                property.accept(text);
            }
            catch (AssertionError failure) {
                throw new AssertionError("seed " + seed + ", try " + i + ", input \"" + text.codePoints()
                        .mapToObj(c -> String.format("U+%04X", c)).toList() + "\": " + failure.getMessage(), failure);
            }
        }
    }

    private static String randomText(Random random) {
        int length = random.nextInt(24);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(10) == 0) {
                text.appendCodePoint(random.nextInt(0x2FFFF));
            }
            else {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }
}
