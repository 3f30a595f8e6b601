package vn.phoihop.document.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.document.notation.DocumentKind;
import vn.phoihop.document.notation.Notation;
import vn.phoihop.document.register.DocumentSettings;
import vn.phoihop.platform.PhoiHopSettings;

/**
 * The demo documents: added once (a second start adds nothing), with notations in their official form that the
 * notation parser reads back unchanged, and found by search. Tests run with {@code demo-documents: 0}; this test
 * runs the demo runner with a small count of its own.
 */
@SpringBootTest
class DocumentGeneratorTests {

    @Autowired DocumentGenerator generator;
    @Autowired PhoiHopSettings settings;
    @Autowired DocumentSettings documentSettings;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void demoDocumentsAreAddedOnceWithOfficialNotations() {
        GeneratedDemoDocuments demo = new GeneratedDemoDocuments(settings, new SearchSettings(60), documentSettings, generator,
                transactions);
        demo.run(null);
        long afterFirst = generator.count();
        assertThat(afterFirst).isPositive();
        demo.run(null);
        assertThat(generator.count()).as("a second start adds nothing").isEqualTo(afterFirst);

        List<Generated> rows = jdbc.sql("SELECT kind, notation, status, secrecy, summary, attachment_text FROM document"
                + " WHERE created_by = :author").param("author", DocumentGenerator.AUTHOR)
                .query((rs, n) -> new Generated(rs.getString("kind"), rs.getString("notation"), rs.getString("status"),
                        rs.getString("secrecy"), rs.getString("summary"), rs.getString("attachment_text")))
                .list();
        Notation.TypeAbbreviations asWritten = (kind, written) -> Optional.of(written);
        for (Generated row : rows) {
            if (row.notation() == null) {
                assertThat(row.status()).isEqualTo("DRAFT");
                continue;
            }
            Notation parsed = Notation.parse(row.notation(), DocumentKind.valueOf(row.kind()), asWritten);
            assertThat(parsed.text()).as(row.notation()).isEqualTo(row.notation());
            if (!"NONE".equals(row.secrecy()) && !documentSettings.secretContentAllowed()) {
                assertThat(row.summary()).as("no secret content on an internet-facing deployment").isNull();
                assertThat(row.attachmentText()).isNull();
            }
        }
        assertThat(rows).anyMatch(r -> r.attachmentText() != null);
    }

    record Generated(String kind, String notation, String status, String secrecy, String summary,
            String attachmentText) {
    }
}
