package vn.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Properties of the Vietnamese text rules that search and storage rely on. */
class TextsProperties {

    @Property
    void foldingIsIdempotent(@ForAll String text) {
        assertThat(Texts.fold(Texts.fold(text))).isEqualTo(Texts.fold(text));
    }

    @Property
    void foldingIgnoresTheUnicodeForm(@ForAll String text) {
        assertThat(Texts.fold(Normalizer.normalize(text, Normalizer.Form.NFD)))
                .isEqualTo(Texts.fold(Normalizer.normalize(text, Normalizer.Form.NFC)));
    }

    @Property
    void nfcIsStableAndNormalised(@ForAll String text) {
        String nfc = Texts.nfc(text);
        assertThat(Normalizer.isNormalized(nfc, Normalizer.Form.NFC)).isTrue();
        assertThat(Texts.nfc(nfc)).isEqualTo(nfc);
    }

    @Example
    void vietnameseNamesFoldToPlainLowerCase() {
        assertThat(Texts.fold("Bắc Giang")).isEqualTo("bac giang");
        assertThat(Texts.fold("ĐẢNG ỦY Công an  Trung ương")).isEqualTo("dang uy cong an trung uong");
        assertThat(Texts.fold("Thừa Thiên Huế")).isEqualTo("thua thien hue");
        assertThat(Texts.fold(Normalizer.normalize("Đắk Lắk", Normalizer.Form.NFD))).isEqualTo("dak lak");
    }
}
