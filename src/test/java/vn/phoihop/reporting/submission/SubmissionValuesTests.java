package vn.phoihop.reporting.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.phoihop.reporting.submission.SubmissionValues.Checked;
import vn.phoihop.reporting.submission.SubmissionValues.Key;
import vn.phoihop.reporting.submission.SubmissionValues.Raw;
import vn.phoihop.reporting.submission.SubmissionValues.Refused;
import vn.phoihop.reporting.submission.SubmissionValues.Value;
import vn.phoihop.reporting.template.Aggregation;
import vn.phoihop.reporting.template.Indicator;
import vn.phoihop.reporting.template.Rule;
import vn.phoihop.reporting.template.TemplateVersion;
import vn.phoihop.reporting.template.ValueType;

/** The one value check: notations, ranges, dates, texts, choices, required flags and cross-field rules. */
class SubmissionValuesTests {

    static final Indicator ADMITTED = number("N", "Đảng viên mới kết nạp", true, BigDecimal.ZERO, null);
    static final Indicator CANDIDATES = number("C", "Quần chúng ưu tú", true, BigDecimal.ZERO, null);
    static final Indicator RATE = new Indicator("P", "Tỷ lệ", ValueType.PERCENTAGE, "%", false, null, null, List.of(),
            Aggregation.AVERAGE, List.of());
    static final Indicator NOTE = new Indicator("T", "Nhận xét", ValueType.TEXT, null, false, null, null, List.of(),
            Aggregation.NONE, List.of());
    static final Indicator GRADE = new Indicator("K", "Xếp loại", ValueType.CHOICE, null, false, null, null,
            List.of("Tốt", "Khá"), Aggregation.NONE, List.of());
    static final Indicator MEETING = new Indicator("D", "Ngày họp", ValueType.DATE, null, false, null, null, List.of(),
            Aggregation.NONE, List.of());
    static final Indicator BY_SEX = new Indicator("S", "Lượt tham gia", ValueType.NUMBER, null, true, null,
            BigDecimal.valueOf(1000), List.of(), Aggregation.SUM,
            List.of(new Indicator.Option("nam", "Nam"), new Indicator.Option("nu", "Nữ")));
    static final TemplateVersion VERSION = new TemplateVersion(1, 1, 1, LocalDate.of(2020, 1, 1), null,
            List.of(new TemplateVersion.Section(1, "Phần I", List.of(ADMITTED, CANDIDATES, RATE, NOTE, GRADE, MEETING,
                    BY_SEX))),
            List.of(new Rule("N", "<=", "C", null, "Kết nạp không vượt quá quần chúng ưu tú")));

    static Indicator number(String code, String name, boolean required, BigDecimal min, BigDecimal max) {
        return new Indicator(code, name, ValueType.NUMBER, "người", required, min, max, List.of(), Aggregation.SUM,
                List.of());
    }

    static BigDecimal n(String text) {
        return SubmissionValues.number("x", text);
    }

    static String refusal(Indicator indicator, String raw) {
        try {
            SubmissionValues.parse(indicator, raw);
        }
        catch (Refused refused) {
            return refused.messageKey();
        }
        return null;
    }

    @Test
    void numbersInVietnameseAndPlainNotation() {
        assertThat(n("1234")).isEqualByComparingTo("1234");
        assertThat(n("1.234.567")).isEqualByComparingTo("1234567");
        assertThat(n("12,5")).isEqualByComparingTo("12.5");
        assertThat(n("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(n("12.5")).isEqualByComparingTo("12.5");
        assertThat(n("0.25")).isEqualByComparingTo("0.25");
        assertThat(n("-3")).isEqualByComparingTo("-3");
        assertThat(n(" 42 ")).isEqualByComparingTo("42");
    }

    @Test
    void ambiguousAndMalformedNumbersAreRefusedWithTheirReason() {
        assertThat(refusal(ADMITTED, "1.234")).isEqualTo("reporting.value.ambiguous");
        assertThat(refusal(ADMITTED, "12.500")).isEqualTo("reporting.value.ambiguous");
        for (String bad : List.of("1,234,567", "1e5", "12a", "1 234", "--1", "1.23.4", "+5", "1,2,3", ",5", "5,")) {
            assertThat(refusal(CANDIDATES, bad)).as(bad).isEqualTo("reporting.value.number");
        }
        assertThat(refusal(ADMITTED, "1,23456")).isEqualTo("reporting.value.digits");
        assertThat(refusal(ADMITTED, "12345678901234567")).isEqualTo("reporting.value.digits");
        assertThat(refusal(ADMITTED, "-1")).isEqualTo("reporting.value.min");
        assertThat(refusal(BY_SEX, "1001")).isEqualTo("reporting.value.max");
    }

    @Test
    void numbersWrittenBackAreReadBackUnambiguously() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(5));
            String text = SubmissionValues.text(value);
            assertThat(n(text)).as("seed %d: %s written as %s", seed, value, text).isEqualByComparingTo(value);
        }
    }

    @Test
    void percentagesLieBetweenZeroAndHundred() {
        assertThat(SubmissionValues.parse(RATE, "87,5%").number()).isEqualByComparingTo("87.5");
        assertThat(SubmissionValues.parse(RATE, "100").number()).isEqualByComparingTo("100");
        assertThat(refusal(RATE, "100,01")).isEqualTo("reporting.value.percentage");
        assertThat(refusal(RATE, "-1")).isEqualTo("reporting.value.percentage");
    }

    @Test
    void datesAreRealCalendarDays() {
        assertThat(SubmissionValues.parse(MEETING, "29/02/2024").date()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(SubmissionValues.parse(MEETING, "2025-07-01").date()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(refusal(MEETING, "29/02/2025")).isEqualTo("reporting.value.date");
        assertThat(refusal(MEETING, "31/04/2025")).isEqualTo("reporting.value.date");
        assertThat(refusal(MEETING, "hôm qua")).isEqualTo("reporting.value.date");
        assertThat(refusal(MEETING, "01/01/1900")).isEqualTo("reporting.value.dateRange");
    }

    @Test
    void textsAreNfcWithoutControlCharactersAndBounded() {
        String decomposed = "Phối hợp tốt".replace("ố", "ô\u0301").replace("ợ", "ơ\u0323");
        assertThat(SubmissionValues.parse(NOTE, decomposed).text()).isEqualTo("Phối hợp tốt");
        assertThat(SubmissionValues.parse(NOTE, "Dòng 1\nDòng 2").text()).isEqualTo("Dòng 1\nDòng 2");
        assertThat(refusal(NOTE, "a\u0000b")).isEqualTo("reporting.value.control");
        assertThat(refusal(ADMITTED, "1\u00072")).isEqualTo("reporting.value.control");
        assertThat(SubmissionValues.parse(NOTE, "ắ".repeat(4000)).text()).hasSize(4000);
        assertThat(refusal(NOTE, "a".repeat(4001))).isEqualTo("reporting.value.tooLong");
        assertThat(SubmissionValues.parse(NOTE, "   ")).isNull();
    }

    @Test
    void choicesMustBeOneOfTheIndicators() {
        assertThat(SubmissionValues.parse(GRADE, "Khá").text()).isEqualTo("Khá");
        assertThat(refusal(GRADE, "Xuất sắc")).isEqualTo("reporting.value.choice");
    }

    @Test
    void aDraftIsCheckedValueByValueAndSubmittingAlsoChecksRequiredFlagsAndRules() {
        List<Raw> raw = List.of(new Raw("N", "", "12"), new Raw("C", "", "10"));
        Checked draft = SubmissionValues.check(VERSION, Map.of(), raw, false);
        assertThat(draft.ok()).isTrue();
        assertThat(draft.rules()).singleElement().matches(r -> !r.holds());

        Checked submitting = SubmissionValues.check(VERSION, Map.of(), raw, true);
        assertThat(submitting.problems()).extracting(SubmissionValues.Problem::messageKey)
                .contains("reporting.value.rule", "reporting.value.required");
        assertThat(submitting.problems()).filteredOn(p -> p.messageKey().equals("reporting.value.required"))
                .extracting(p -> p.indicator() + "/" + p.option()).containsExactlyInAnyOrder("S/nam", "S/nu");

        Map<Key, Value> stored = Map.of(new Key("S", "nam"), Value.ofNumber(BigDecimal.ONE),
                new Key("S", "nu"), Value.ofNumber(BigDecimal.valueOf(2)));
        Checked complete = SubmissionValues.check(VERSION, stored, List.of(new Raw("N", "", "9"),
                new Raw("C", "", "10")), true);
        assertThat(complete.problems()).isEmpty();
    }

    @Test
    void unknownIndicatorsOptionsAndDuplicatesAreProblemsNotCrashes() {
        Checked checked = SubmissionValues.check(VERSION, Map.of(), List.of(new Raw("X", "", "1"),
                new Raw("S", "khac", "1"), new Raw("N", "", "1"), new Raw("N", "", "2"), new Raw(null, null, "1")),
                false);
        assertThat(checked.problems()).extracting(SubmissionValues.Problem::messageKey).containsExactly(
                "reporting.value.unknownIndicator", "reporting.value.unknownOption", "reporting.value.duplicate",
                "reporting.value.unknownIndicator");
    }

    @Test
    void sameValuesCompareNumbersByValue() {
        assertThat(SubmissionValues.same(Value.ofNumber(new BigDecimal("12")), Value.ofNumber(new BigDecimal("12.0"))))
                .isTrue();
        assertThat(SubmissionValues.same(null, Value.ofNumber(BigDecimal.ONE))).isFalse();
        assertThatThrownBy(() -> SubmissionValues.number("x", "abc")).isInstanceOf(Refused.class);
    }
}
