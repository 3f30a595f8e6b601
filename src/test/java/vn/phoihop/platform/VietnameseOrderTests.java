package vn.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Vietnamese order of names: the alphabet's letters (ă, â, đ, ê, ô, ơ, ư are letters of their own), then tones. */
class VietnameseOrderTests {

    private static final List<String> EXPECTED = List.of("An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Cần Thơ",
            "Đà Nẵng", "Đắk Lắk", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Nội", "Hà Tĩnh", "Hải Phòng",
            "Hồ Chí Minh", "Huế", "Hưng Yên", "Khánh Hòa", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Nghệ An",
            "Ninh Bình", "Phú Thọ", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sơn La", "Tây Ninh", "Thái Nguyên",
            "Thanh Hóa", "Tuyên Quang", "Vĩnh Long");

    @Test
    void theThirtyFourProvincesSortInVietnameseOrderFromAnyStartingOrder() {
        long seed = new Random().nextLong();
        List<String> names = new ArrayList<>(EXPECTED);
        Collections.shuffle(names, new Random(seed));
        names.sort(VietnameseOrder.NAMES);
        assertThat(names).as("seed %d", seed).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void aSpaceComesBeforeEveryLetterAndBaseLettersBeforeTheirVariants() {
        assertThat(VietnameseOrder.NAMES.compare("Hà Nội", "Hải Phòng")).isNegative();
        assertThat(VietnameseOrder.NAMES.compare("Cà Mau", "Cao Bằng")).isNegative();
        assertThat(VietnameseOrder.NAMES.compare("Cao Bằng", "Cần Thơ")).isNegative();
        assertThat(VietnameseOrder.NAMES.compare("Dung", "Đà Nẵng")).isNegative();
        assertThat(VietnameseOrder.NAMES.compare("Zeta", "Đà Nẵng")).isPositive();
        assertThat(VietnameseOrder.NAMES.compare("Đà Nẵng", "Đắk Lắk")).isNegative();
        assertThat(VietnameseOrder.NAMES.compare("Ho", "Hô")).isNegative();
        assertThat(VietnameseOrder.NAMES.compare("Hô", "Hơ")).isNegative();
        assertThat(VietnameseOrder.NAMES.compare(null, "A")).isPositive();
    }

    @Test
    void theSqlRuleNamesTheIcuCollation() {
        assertThat(VietnameseOrder.collate("n.name")).isEqualTo("n.name COLLATE \"vi-VN-x-icu\"");
    }
}
