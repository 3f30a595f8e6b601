package vn.phoihop.document.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * Round trips of {@link Notation} over generated notations (JUnit over a seeded {@link Random}; a failure names the
 * seed, to replay with {@code -Dnotation.seed=...}): what {@link Notation#text()} writes, and the same written
 * loosely, parses back to the same notation; invalid input is refused with a message that exists in both bundles.
 */
class NotationPropertyTests {

    private static final int TRIES = 3_000;

    private static final List<String> PARTY_TYPES = List.of("NQ", "QĐ", "QĐi", "CT", "KL", "QC", "TT", "HD", "KH",
            "TB", "BC", "TTr", "CTr", "CV", "BB", "ĐA");
    private static final List<String> STATE_TYPES = List.of("NQ", "NĐ", "QĐ", "CT", "QC", "QyĐ", "TB", "HD", "KH",
            "BC", "TTr");
    private static final List<String> ISSUERS = List.of("TW", "VPTW", "BTCTW", "ĐUCA", "TU", "ĐU", "BCA", "BCA-X01",
            "CP", "UBND", "BCA-V03-P2", "HĐND");

    /** The types a parser knows, compared ignoring case and diacritics, like the register's type table. */
    static final Notation.TypeAbbreviations TYPES = (kind, written) -> (kind == DocumentKind.PARTY ? PARTY_TYPES
            : STATE_TYPES).stream().filter(t -> Texts.fold(t).equals(Texts.fold(written))).findFirst();

    @Test
    void whatIsWrittenParsesBack() {
        forRandomNotations(n -> assertThat(Notation.parse(n.text(), n.kind(), TYPES)).isEqualTo(n));
    }

    @Test
    void thePrintedNumberLineParsesBack() {
        forRandomNotations(n -> assertThat(Notation.parse(n.printed(), n.kind(), TYPES)).isEqualTo(n));
    }

    @Test
    void looselyTypedNotationsParseToTheCanonicalOne() {
        long seed = seed();
        Random looseness = new Random(seed ^ 0x5DEECE66DL);
        forRandomNotations(n -> {
            String loose = loosely(n, looseness);
            assertThat(Notation.parse(loose, n.kind(), TYPES)).as("parsing \"%s\"", loose).isEqualTo(n);
        });
    }

    @Test
    void theTextIsCanonical() {
        forRandomNotations(n -> {
            String text = n.text();
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            assertThat(text).doesNotContainAnyWhitespaces();
            assertThat(text).startsWith(n.number() < 10 ? "0" + n.number() : String.valueOf(n.number()));
            assertThat(n.printed()).isEqualTo((n.kind() == DocumentKind.PARTY ? "Số " : "Số: ") + text);
            assertThat(Notation.printed(n.kind(), text)).isEqualTo(n.printed());
        });
    }

    @Test
    void examplesFromTheGuides() {
        assertThat(Notation.parse("90-QĐ/TW", DocumentKind.PARTY, TYPES).printed()).isEqualTo("Số 90-QĐ/TW");
        assertThat(Notation.parse("số 90 - qđ / tw", DocumentKind.PARTY, TYPES).text()).isEqualTo("90-QĐ/TW");
        assertThat(Notation.parse("SO 118-kh/đuca", DocumentKind.PARTY, TYPES).text()).isEqualTo("118-KH/ĐUCA");
        assertThat(Notation.parse("36-HD/VPTW", DocumentKind.PARTY, TYPES).text()).isEqualTo("36-HD/VPTW");
        assertThat(Notation.parse("5-ct/tw", DocumentKind.PARTY, TYPES).text()).isEqualTo("05-CT/TW");
        assertThat(Notation.parse("08-qđi/tw", DocumentKind.PARTY, TYPES).text()).isEqualTo("08-QĐi/TW");
        assertThat(Notation.parse("90-QÐ/TW", DocumentKind.PARTY, TYPES).text()).as("Icelandic eth read as Đ")
                .isEqualTo("90-QĐ/TW");
        assertThat(Notation.parse("Số\u00A090\u2013QĐ\u2009/\u2009TW", DocumentKind.PARTY, TYPES).text())
                .as("no-break and thin spaces, en dash").isEqualTo("90-QĐ/TW");
        assertThat(Notation.parse("Số: 04/CT-BCA", DocumentKind.STATE, TYPES).printed()).isEqualTo("Số: 04/CT-BCA");
        assertThat(Notation.parse("4 / ct - bca", DocumentKind.STATE, TYPES).text()).isEqualTo("04/CT-BCA");
        Notation decree = Notation.parse("30/2020/nđ-cp", DocumentKind.STATE, TYPES);
        assertThat(decree).isEqualTo(new Notation(DocumentKind.STATE, 30, 2020, "NĐ", "CP"));
        assertThat(decree.text()).isEqualTo("30/2020/NĐ-CP");
        Notation letter = Notation.parse("Số: 123/BCA-X01", DocumentKind.STATE, TYPES);
        assertThat(letter).isEqualTo(new Notation(DocumentKind.STATE, 123, null, null, "BCA-X01"));
        assertThat(letter.printed()).isEqualTo("Số: 123/BCA-X01");
        assertThat(Notation.parse("12/qyđ-bca", DocumentKind.STATE, TYPES).text()).isEqualTo("12/QyĐ-BCA");
        assertThat(Notation.parse(" 999999-TTr/ĐUCA ", DocumentKind.PARTY, TYPES).number()).isEqualTo(999_999);
    }

    @Test
    void invalidInputIsRefusedWithAVietnameseMessage() throws IOException {
        Properties vi = bundle("messages_vi.properties");
        Properties en = bundle("messages_en.properties");
        Map<String, DocumentKind> invalid = new java.util.LinkedHashMap<>();
        invalid.put("", DocumentKind.PARTY);
        invalid.put("   ", DocumentKind.STATE);
        invalid.put("90QĐTW", DocumentKind.PARTY);
        invalid.put("0-QĐ/TW", DocumentKind.PARTY);
        invalid.put("000-QĐ/TW", DocumentKind.PARTY);
        invalid.put("90-XX/TW", DocumentKind.PARTY);
        invalid.put("1000000-QĐ/TW", DocumentKind.PARTY);
        invalid.put("1000000/CT-BCA", DocumentKind.STATE);
        invalid.put("0/CT-BCA", DocumentKind.STATE);
        invalid.put("90-QĐ/TW\u0000", DocumentKind.PARTY);
        invalid.put("90-Q\u0007Đ/TW", DocumentKind.PARTY);
        invalid.put("90\t-QĐ/TW", DocumentKind.PARTY);
        invalid.put("04/CT-BCA\u0085", DocumentKind.STATE);
        invalid.put("9".repeat(10_000) + "-QĐ/TW", DocumentKind.PARTY);
        invalid.put("90-QĐ/" + "T".repeat(200), DocumentKind.PARTY);
        invalid.put("04/CT-BCA", DocumentKind.PARTY);
        invalid.put("-QĐ/TW", DocumentKind.PARTY);
        invalid.put("90-/TW", DocumentKind.PARTY);
        invalid.put("90-QĐ/", DocumentKind.PARTY);
        invalid.put("90-QĐ-TW", DocumentKind.PARTY);
        invalid.put("04/CT/BCA", DocumentKind.STATE);
        invalid.put("abc/CT-BCA", DocumentKind.STATE);
        invalid.put("90-QĐ/TW; DROP TABLE document", DocumentKind.PARTY);
        invalid.put("<b>90</b>-QĐ/TW", DocumentKind.PARTY);
        for (Map.Entry<String, DocumentKind> input : invalid.entrySet()) {
            String shown = input.getKey().length() > 40 ? input.getKey().substring(0, 40) + "…" : input.getKey();
            assertThatThrownBy(() -> Notation.parse(input.getKey(), input.getValue(), TYPES)).as("\"%s\"", shown)
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(vi.getProperty(e.messageKey())).as("Vietnamese message %s", e.messageKey())
                                .isNotBlank();
                        assertThat(en.getProperty(e.messageKey())).as("English message %s", e.messageKey())
                                .isNotBlank();
                        assertThat(e.arguments()).allSatisfy(a -> assertThat(String.valueOf(a)).hasSizeLessThan(120));
                    });
        }
        assertThatThrownBy(() -> Notation.parse(null, DocumentKind.PARTY, TYPES))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void randomGarbageIsEitherAValidNotationOrAClearRefusal() {
        long seed = seed();
        Random random = new Random(seed);
        String alphabet = "0123456789-/ QĐqđTWBCA:ốSsx\u0000\u0301\t";
        for (int i = 0; i < TRIES; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(20); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            DocumentKind kind = random.nextBoolean() ? DocumentKind.PARTY : DocumentKind.STATE;
            try {
                Notation n = Notation.parse(text.toString(), kind, TYPES);
                assertThat(Notation.parse(n.text(), kind, TYPES)).isEqualTo(n);
            }
            catch (UserFacingException refused) {
                assertThat(refused.messageKey()).startsWith("document.notation.");
            }
            catch (RuntimeException | AssertionError failure) {
                throw new AssertionError("seed " + seed + ", try " + i + ", input \"" + text + "\": " + failure,
                        failure);
            }
        }
    }

    /** Runs {@code property} over {@link #TRIES} generated notations, naming the seed and the notation on failure. */
    private static void forRandomNotations(Consumer<Notation> property) {
        long seed = seed();
        Random random = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            Notation notation = randomNotation(random);
            try {
                property.accept(notation);
            }
            catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("seed " + seed + ", try " + i + ", notation " + notation + ": "
                        + failure.getMessage(), failure);
            }
        }
    }

    private static long seed() {
        return Long.getLong("notation.seed", System.nanoTime());
    }

    /** Party or state; numbers 1..999999 with a bias to the small ones that take a leading zero. */
    static Notation randomNotation(Random random) {
        int number = switch (random.nextInt(4)) {
            case 0 -> 1 + random.nextInt(9);
            case 1 -> 10 + random.nextInt(990);
            case 2 -> Notation.MAX_NUMBER - random.nextInt(3);
            default -> 1 + random.nextInt(Notation.MAX_NUMBER);
        };
        String issuer = ISSUERS.get(random.nextInt(ISSUERS.size()));
        if (random.nextBoolean()) {
            return new Notation(DocumentKind.PARTY, number, null, PARTY_TYPES.get(random.nextInt(PARTY_TYPES.size())),
                    issuer);
        }
        Integer year = random.nextInt(3) == 0 ? 1990 + random.nextInt(110) : null;
        String type = random.nextInt(4) == 0 ? null : STATE_TYPES.get(random.nextInt(STATE_TYPES.size()));
        return new Notation(DocumentKind.STATE, number, year, type, issuer);
    }

    /** {@code n} as a user might type it: prefixes, spaces around separators, case, leading zeros, decomposed. */
    private static String loosely(Notation n, Random random) {
        String text = n.text();
        if (random.nextBoolean()) {
            text = text.replaceFirst("^0+", random.nextBoolean() ? "" : "000");
        }
        if (random.nextBoolean()) {
            String pad = List.of(" ", "  ", " \u00A0").get(random.nextInt(3));
            text = text.replace("-", pad + "-" + pad).replace("/", pad + "/" + pad);
        }
        text = switch (random.nextInt(3)) {
            case 0 -> text.toLowerCase(Locale.ROOT);
            case 1 -> text.toUpperCase(Locale.forLanguageTag("vi"));
            default -> text;
        };
        text = List.of("", "Số ", "số ", "Số: ", "SỐ:", "so ", "So: ").get(random.nextInt(7)) + text;
        if (random.nextBoolean()) {
            text = Normalizer.normalize(text, Normalizer.Form.NFD);
        }
        return random.nextBoolean() ? "  " + text + " " : text;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(NotationPropertyTests.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    /** The test's own type table knows nothing it should not. */
    @Test
    void theTypeTableComparesIgnoringCaseAndDiacritics() {
        assertThat(TYPES.canonical(DocumentKind.PARTY, "qd")).isEqualTo(Optional.of("QĐ"));
        assertThat(TYPES.canonical(DocumentKind.STATE, "qyd")).isEqualTo(Optional.of("QyĐ"));
        assertThat(TYPES.canonical(DocumentKind.PARTY, "XX")).isEmpty();
    }
}
