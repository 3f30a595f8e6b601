package vn.phoihop.document.output;

import java.util.List;

import vn.phoihop.document.notation.DocumentKind;

/**
 * A document as its official layout prints it: every text already worded, in capitals where the layout wants them,
 * and NFC-normalised by {@link #normalised()}. {@link OfficialDocx} only places and styles these texts.
 *
 * @param superiorBody the body above the issuer ({@code ĐẢNG BỘ TỈNH NAM ĐỊNH}, {@code BỘ CÔNG AN}), or {@code null}
 * @param issuingBody the issuing body in capitals ({@code BAN CHẤP HÀNH TRUNG ƯƠNG}, {@code TỈNH ỦY BẮC NINH})
 * @param numberLine {@code Số 90-QĐ/TW} (party) or {@code Số: 04/CT-BCA} (state); {@code Số:} alone for a draft
 * @param marks secrecy and urgency marks in capitals ({@code MẬT}, {@code HỎA TỐC}), printed below the number line
 * @param nationalHeading {@code ĐẢNG CỘNG SẢN VIỆT NAM} or {@code CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM}
 * @param motto {@code Độc lập - Tự do - Hạnh phúc} for a state document, {@code null} for a party one
 * @param placeAndDate {@code Hà Nội, ngày 06 tháng 12 năm 2022}
 * @param typeName the type in capitals ({@code QUYẾT ĐỊNH}), or {@code null} for a state công văn (whose title is
 *     printed as "V/v ..." below the number line)
 * @param title the trích yếu
 * @param body the body's paragraphs
 * @param recipientsLabel {@code Nơi nhận:}
 * @param recipients the recipients, each printed as a "- ..." line
 * @param authority the lines above the signer's position ({@code T/M BAN BÍ THƯ}, {@code K/T BÍ THƯ})
 * @param signerPosition the signer's position in capitals, or {@code null}
 * @param signerName the signer's name, or {@code null}
 */
record OfficialDocument(DocumentKind kind, String superiorBody, String issuingBody, String numberLine,
        List<String> marks, String nationalHeading, String motto, String placeAndDate, String typeName, String title,
        List<String> body, String recipientsLabel, List<String> recipients, List<String> authority,
        String signerPosition, String signerName) {

    OfficialDocument {
        marks = List.copyOf(marks);
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
        authority = List.copyOf(authority);
    }

    /** The same document with every text in NFC. */
    OfficialDocument normalised() {
        return new OfficialDocument(kind, nfc(superiorBody), nfc(issuingBody), nfc(numberLine), nfc(marks),
                nfc(nationalHeading), nfc(motto), nfc(placeAndDate), nfc(typeName), nfc(title), nfc(body),
                nfc(recipientsLabel), nfc(recipients), nfc(authority), nfc(signerPosition), nfc(signerName));
    }

    private static String nfc(String text) {
        return vn.phoihop.platform.Texts.nfcOrNull(text);
    }

    private static List<String> nfc(List<String> texts) {
        return texts.stream().map(OfficialDocument::nfc).filter(t -> t != null).toList();
    }
}
